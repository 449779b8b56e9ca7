// Benchmark data built from the shipped English content, so every contender renders the same text.
export async function faqEntries(count) {
  const faq = await (await fetch('/content/en/faq.json')).json();
  return Array.from({ length: count }, (_, index) => {
    const source = faq.entries[index % faq.entries.length];
    return { ...source, id: `${source.id}-${index}`, question: `${source.question} (${index + 1})` };
  });
}

export async function faqDocument(count) {
  const faq = await (await fetch('/content/en/faq.json')).json();
  return { ...faq, entries: await faqEntries(count) };
}

/** The regions document with `count` regions, from the shipped content in `locale` (en or zh-CN). */
export async function regionsDocument(count, locale = 'en') {
  const document = await (await fetch(`/content/${locale}/data-locations.json`)).json();
  const [region, city] = locale === 'en' ? ['Region', 'City'] : ['区域', '城市'];
  document.regions = Array.from({ length: count }, (_, index) => ({
    id: `region-${index}`,
    name: `${region} ${index + 1}`,
    location: `${city} ${index + 1}`,
    services: ['Azure', 'Office 365'],
    replicationPartner: `region-${(index + 1) % count}`,
  }));
  return document;
}

/** Plain text of a rich-text block list, for the native contenders. */
export function plainParagraphs(blocks) {
  return blocks.map((block) =>
    block.type === 'list'
      ? block.items.map((item) => item.map((run) => (typeof run === 'string' ? run : run.text)).join('')).join('\n')
      : block.content.map((run) => (typeof run === 'string' ? run : run.text)).join(''),
  );
}

/** Forces style and layout, so "rendered" includes them and not only DOM building. */
export function settleLayout() {
  return document.body.getBoundingClientRect().height;
}
