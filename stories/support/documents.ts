/**
 * Documents made in the stories: empty ones, long ones (60 regions, 100 FAQ entries) and broken
 * ones. They are passed through the widgets' `content` property, which validates them exactly
 * like fetched documents. Generated text follows the story's locale, so the rendered content is
 * in the language its `lang` attribute claims.
 */
import type { DataLocationsDocument, FaqDocument } from '../../src/core/content-types.js';
import type { Locale } from '../../src/core/locale.js';

const zh = (locale: Locale) => locale === 'zh-CN';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [text] });

export function emptyDataLocations(locale: Locale): DataLocationsDocument {
  return {
    kind: 'data-locations',
    title: zh(locale) ? '尚未公布任何区域' : 'No regions published yet',
    intro: [paragraph(zh(locale) ? '此文档的区域列表为空。' : 'This document lists no regions.')],
    regionsCaption: zh(locale) ? '区域' : 'Regions',
    regions: [],
  };
}

export function longDataLocations(locale: Locale, count = 60): DataLocationsDocument {
  const regions = Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      id: `region-${number}`,
      name: zh(locale) ? `示例区域 ${number}` : `Example Region ${number}`,
      location: zh(locale) ? `示例城市 ${number}` : `Example City ${number}`,
      services: number % 3 === 0 ? ['Azure'] : ['Azure', 'Office 365', 'Dynamics 365'],
      // Pairs: 1 ↔ 2, 3 ↔ 4, ...; every fifth region has none.
      ...(number % 5 === 0 ? {} : { replicationPartner: `region-${number % 2 === 1 ? Math.min(number + 1, count) : number - 1}` }),
      ...(number % 7 === 0 ? { note: [zh(locale) ? '仅限特定客户。' : 'Available to selected customers only.'] } : {}),
    };
  });
  return {
    kind: 'data-locations',
    title: zh(locale) ? `${count} 个区域` : `${count} regions`,
    intro: [paragraph(zh(locale) ? '一个很长的区域表，用于检查布局。' : 'A long regions table, to check the layout.')],
    regionsCaption: zh(locale) ? '示例区域' : 'Example regions',
    regions,
    notes: [paragraph(zh(locale) ? '表格之后的说明。' : 'A note after the table.')],
  };
}

/** A document with one mistake: the second region's name is blank ($.regions[1].name). */
export function brokenDataLocations(locale: Locale): unknown {
  const document = longDataLocations(locale, 3);
  return { ...document, regions: document.regions.map((region, index) => (index === 1 ? { ...region, name: ' ' } : region)) };
}

export function emptyFaq(locale: Locale): FaqDocument {
  return { kind: 'faq', title: zh(locale) ? '常见问题' : 'Frequently asked questions', entries: [] };
}

export function longFaq(locale: Locale, count = 100): FaqDocument {
  return {
    kind: 'faq',
    title: zh(locale) ? `${count} 个常见问题` : `${count} frequently asked questions`,
    updated: '2026-01',
    entries: Array.from({ length: count }, (_, index) => {
      const number = index + 1;
      return {
        id: `question-${number}`,
        question: zh(locale) ? `示例问题 ${number}：客户数据存储在何处？` : `Example question ${number}: where is customer data stored?`,
        answer: [
          paragraph(
            zh(locale)
              ? `示例回答 ${number}。客户数据存储在中国大陆的数据中心。`
              : `Example answer ${number}. Customer data is stored in datacenters in mainland China.`,
          ),
          ...(number % 4 === 0
            ? [{ type: 'list' as const, items: [[zh(locale) ? '第一点' : 'A first point'], [zh(locale) ? '第二点' : 'A second point']] }]
            : []),
        ],
      };
    }),
  };
}

/** A document with one mistake: the fourth question is blank ($.entries[3].question). */
export function brokenFaq(locale: Locale): unknown {
  const document = longFaq(locale, 5);
  return { ...document, entries: document.entries.map((entry, index) => (index === 3 ? { ...entry, question: '' } : entry)) };
}

/** The example of the content authors' page: a small but complete document, links included. */
export function exampleDataLocations(locale: Locale): DataLocationsDocument {
  return {
    $schema: '../schema/data-locations.schema.json',
    kind: 'data-locations',
    title: zh(locale) ? '您的数据存储在何处' : 'Where your data is stored',
    intro: [
      {
        type: 'paragraph',
        content: zh(locale)
          ? ['客户数据仅存储在', { type: 'strong', text: '中国大陆' }, '的数据中心。']
          : ['Customer data is stored in datacenters in ', { type: 'strong', text: 'mainland China' }, ' only.'],
      },
    ],
    regionsCaption: zh(locale) ? '区域' : 'Regions',
    regions: [
      { id: 'china-east', name: zh(locale) ? '中国东部' : 'China East', location: zh(locale) ? '上海' : 'Shanghai', services: ['Azure'], replicationPartner: 'china-north' },
      { id: 'china-north', name: zh(locale) ? '中国北部' : 'China North', location: zh(locale) ? '北京' : 'Beijing', services: ['Azure'], replicationPartner: 'china-east' },
    ],
    notes: [
      {
        type: 'list',
        items: [
          [zh(locale) ? '数据在两个区域之间复制。' : 'Data is replicated between the two regions.'],
          [
            zh(locale) ? '详见' : 'See the ',
            { type: 'link', text: zh(locale) ? '隐私声明' : 'privacy statement', href: 'https://example.com/privacy', newTab: true },
            zh(locale) ? '。' : '.',
          ],
        ],
      },
    ],
  };
}
