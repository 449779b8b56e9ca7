/**
 * Documents made in the stories: empty ones, long ones (60 regions, 100 FAQ entries) and broken
 * ones. They are passed through the widgets' `content` property, which validates them exactly
 * like fetched documents. Generated text follows the story's locale, so the rendered content is
 * in the language its `lang` attribute claims.
 */
import type {
  DataLocationsDocument,
  FaqDocument,
  NavigationDocument,
  PolicySectionsDocument,
  RetentionPolicyDocument,
} from '../../src/core/content-types.js';
import type { Locale } from '../../src/core/locale.js';
import { phaseDaysTotal } from '../../src/core/documents/retention-policy.js';

const zh = (locale: Locale) => locale === 'zh-CN';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [text] });

export function emptyDataLocations(locale: Locale): DataLocationsDocument {
  return {
    kind: 'data-locations',
    // Not the widget's own message for this state ("No regions published yet."), which it adds.
    title: zh(locale) ? '数据存储位置' : 'Where data is stored',
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
      // Pairs: 1 ↔ 2, 3 ↔ 4, ...; every fifth region, and an odd last one, has none.
      ...(number % 5 === 0 || (number % 2 === 1 && number === count)
        ? {}
        : { replicationPartner: `region-${number % 2 === 1 ? number + 1 : number - 1}` }),
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

/** The least a retention policy can say: one phase, no exceptions, no notes. */
export function emptyRetentionPolicy(locale: Locale): RetentionPolicyDocument {
  return {
    kind: 'retention-policy',
    title: zh(locale) ? '数据保留' : 'Data retention',
    retentionPeriodDays: 90,
    phases: [{ id: 'only-phase', title: zh(locale) ? '唯一阶段' : 'The only phase', description: [paragraph(zh(locale) ? '没有其他阶段。' : 'There are no other phases.')] }],
    exceptions: [],
  };
}

export function longRetentionPolicy(locale: Locale, phases = 12, exceptions = 20): RetentionPolicyDocument {
  const phaseList = Array.from({ length: phases }, (_, index) => ({
    id: `phase-${index + 1}`,
    title: zh(locale) ? `示例阶段 ${index + 1}` : `Example phase ${index + 1}`,
    ...(index % 3 === 2 ? {} : { durationDays: (index + 1) * 15 }),
    description: [
      paragraph(zh(locale) ? `阶段 ${index + 1} 的说明。` : `What happens in phase ${index + 1}.`),
      // The kit's own policy has no list or link: the first phase shows how they look (::part(list), ::part(link)).
      ...(index === 0
        ? [
            {
              type: 'list' as const,
              items: [
                [
                  zh(locale) ? '使用' : 'Export your data with ',
                  { type: 'link' as const, text: zh(locale) ? '导出工具' : 'the export tool', href: 'https://example.com/export' },
                  zh(locale) ? '导出数据。' : '.',
                ],
                [zh(locale) ? '或续订您的订阅。' : 'Or renew your subscription.'],
              ],
            },
          ]
        : []),
    ],
    ...(index % 4 === 1 ? { notices: zh(locale) ? '我们会通知您。' : 'You are notified by email.' } : {}),
  }));
  return {
    kind: 'retention-policy',
    title: zh(locale) ? `${phases} 个阶段和 ${exceptions} 个例外` : `${phases} phases and ${exceptions} exceptions`,
    intro: [paragraph(zh(locale) ? '一个很长的保留政策，用于检查布局。' : 'A long retention policy, to check the layout.')],
    // The widget refuses a period that the phases' lengths do not add up to.
    retentionPeriodDays: phaseDaysTotal(phaseList),
    phases: phaseList,
    exceptions: Array.from({ length: exceptions }, (_, index) => ({
      id: `exception-${index + 1}`,
      title: zh(locale) ? `示例例外 ${index + 1}` : `Example exception ${index + 1}`,
      description: [paragraph(zh(locale) ? `例外 ${index + 1} 的说明。` : `Why exception ${index + 1} applies.`)],
      ...(index % 2 === 0 ? { retentionDays: index * 10 } : {}),
    })),
    notes: [paragraph(zh(locale) ? '时间线之后的说明。' : 'A note after the timeline.')],
  };
}

/** A document with one mistake: the third phase has no title ($.phases[2].title). */
export function brokenRetentionPolicy(locale: Locale): unknown {
  const document = longRetentionPolicy(locale, 3, 1);
  return { ...document, phases: document.phases.map((phase, index) => (index === 2 ? { ...phase, title: '' } : phase)) };
}

/** The least a policy can say: one section of one paragraph. */
export function emptyPolicySections(locale: Locale): PolicySectionsDocument {
  return {
    kind: 'policy-sections',
    title: zh(locale) ? '政策' : 'Policy',
    sections: [{ id: 'only-section', title: zh(locale) ? '唯一章节' : 'The only section', body: [paragraph(zh(locale) ? '没有其他章节。' : 'There are no other sections.')] }],
  };
}

export function longPolicySections(locale: Locale, sections = 30, subsections = 3): PolicySectionsDocument {
  const body = (what: string) => [
    paragraph(zh(locale) ? `${what}的正文。客户数据仅用于提供服务。` : `The text of ${what}. Customer data is used only to provide the service.`),
  ];
  return {
    kind: 'policy-sections',
    title: zh(locale) ? `${sections} 个章节` : `${sections} sections`,
    intro: [paragraph(zh(locale) ? '一个很长的政策，用于检查布局。' : 'A long policy, to check the layout.')],
    sections: Array.from({ length: sections }, (_, index) => ({
      id: `section-${index + 1}`,
      title: zh(locale) ? `示例章节 ${index + 1}` : `Example section ${index + 1}`,
      body: body(zh(locale) ? `章节 ${index + 1} ` : `section ${index + 1}`),
      ...(index % 2 === 0
        ? {
            subsections: Array.from({ length: subsections }, (_, sub) => ({
              id: `section-${index + 1}-${sub + 1}`,
              title: zh(locale) ? `小节 ${index + 1}.${sub + 1}` : `Subsection ${index + 1}.${sub + 1}`,
              body: body(zh(locale) ? `小节 ${index + 1}.${sub + 1} ` : `subsection ${index + 1}.${sub + 1}`),
            })),
          }
        : {}),
    })),
  };
}

/** A document with one mistake: the second section's body is empty ($.sections[1].body). */
export function brokenPolicySections(locale: Locale): unknown {
  const document = longPolicySections(locale, 3, 1);
  return { ...document, sections: document.sections.map((section, index) => (index === 1 ? { ...section, body: [] } : section)) };
}

/** Navigation documents: the page "example" is the one the breadcrumb and sidebar stories show. */
export const EXAMPLE_PAGE = 'example';

/** A top-level page: no ancestors in its breadcrumb, no groups in its sidebar. */
export function emptyNavigation(locale: Locale): NavigationDocument {
  return {
    kind: 'navigation',
    pages: [{ id: EXAMPLE_PAGE, title: zh(locale) ? '信任中心' : 'Trust Center', breadcrumb: [], sidebar: [] }],
    linkGroups: [],
  };
}

/** A page 10 levels deep with long titles, and a sidebar of 8 groups of 12 links. */
export function longNavigation(locale: Locale, depth = 10, groups = 8, links = 12): NavigationDocument {
  return {
    kind: 'navigation',
    pages: [
      {
        id: EXAMPLE_PAGE,
        title: zh(locale) ? '一个标题很长的页面：客户数据在何处存储以及谁可以访问' : 'A page with a long title: where customer data is stored and who can access it',
        breadcrumb: Array.from({ length: depth }, (_, index) => ({
          text: zh(locale) ? `第 ${index + 1} 层的上级页面` : `Ancestor page at level ${index + 1}`,
          href: `level-${index + 1}.html`,
        })),
        sidebar: Array.from({ length: groups }, (_, index) => `group-${index + 1}`),
      },
    ],
    linkGroups: Array.from({ length: groups }, (_, group) => ({
      id: `group-${group + 1}`,
      title: zh(locale) ? `链接组 ${group + 1}` : `Link group ${group + 1}`,
      links: Array.from({ length: links }, (_, index) => ({
        text: zh(locale) ? `示例链接 ${group + 1}.${index + 1}` : `Example link ${group + 1}.${index + 1}`,
        href: `page-${group + 1}-${index + 1}.html`,
        ...(index === 0 ? { fileInfo: 'PDF, 864 KB' } : {}),
        ...(index === 1 ? { newTab: true } : {}),
      })),
    })),
  };
}

/**
 * A document with one mistake the schema exists for: a `javascript:` link, which is rejected before
 * anything renders ($.pages[0].breadcrumb[1].href).
 */
export function brokenNavigation(locale: Locale): unknown {
  const document = longNavigation(locale, 3, 1, 2);
  const [page] = document.pages;
  return {
    ...document,
    pages: [{ ...page, breadcrumb: page.breadcrumb.map((link, index) => (index === 1 ? { ...link, href: 'javascript:alert(1)' } : link)) }],
  };
}
