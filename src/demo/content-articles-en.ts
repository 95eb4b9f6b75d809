/**
 * The English edition's demo articles: three pieces in the English sections, written for the
 * project by its (fictional) English-language correspondents.
 */
import type { DemoArticle } from './types.js';

export const demoArticlesEn: DemoArticle[] = [
  {
    type: 'news',
    language: 'en',
    title: 'OPEC+ extends voluntary output cuts to the end of the third quarter',
    subtitle:
      'The longer-than-expected extension lifted Brent crude by almost 2 per cent within minutes of the announcement.',
    excerpt:
      'Ministers agreed to keep about 1.65 million barrels a day off the market for three more months, citing high inventories and slowing demand growth.',
    section: 'en-energy',
    tags: ['Oil', 'OPEC+'],
    authors: ['daniel-hart'],
    image: 'en-oil-field-sunset',
    translationOf: 'تحالف أوبك+ يمدد خفض الإنتاج حتى نهاية الربع الثالث من 2026',
    hoursAgo: 1.5,
    updatedHoursLater: 0.5,
    body: [
      {
        p: 'OPEC+ ministers agreed at a virtual meeting to keep their voluntary production cuts of about 1.65 million barrels a day in place until the end of the third quarter of 2026, instead of starting to return the barrels gradually next month as previously planned. The group said it would review output levels monthly and could speed up or slow down the return of supply depending on market conditions.',
      },
      {
        p: 'Markets reacted quickly. Brent crude futures rose 1.8 per cent to $71.40 a barrel within minutes of the statement, while West Texas Intermediate climbed to $67.90. Many analysts had expected the group to delay the planned increase by a single month, so the length of the extension caught traders by surprise and forced some to unwind positions built on a more cautious outcome.',
      },
      {
        p: 'The decision reflects producers’ concern over slowing demand growth in Asia’s largest economies at a time when supply from outside the group, particularly from the Americas, keeps rising. Commercial inventories in industrialised countries stand roughly 40 million barrels above their five-year average, a surplus that producers fear could weigh on prices if the withheld barrels returned all at once.',
      },
      {
        p: 'For oil-exporting states in the region, the extension offers some near-term stability in revenue at the cost of market share ceded to rivals. The joint ministerial monitoring committee is due to meet in six weeks to assess compliance and recommend next steps, with traders watching summer demand for jet fuel and gasoline for signs of whether the cuts will need to last even longer.',
      },
    ],
  },
  {
    type: 'news',
    language: 'en',
    title: 'The region’s largest solar plant begins supplying the national grid',
    subtitle:
      'The 1.2-gigawatt project sells power at 1.3 US cents per kilowatt-hour under a 25-year contract.',
    excerpt:
      'Gulf Renewable Energy Company has switched on its flagship solar plant after 22 months of construction, and is already studying battery storage on the same site.',
    section: 'en-energy',
    tags: ['Solar power', 'Renewables', 'Electricity'],
    authors: ['daniel-hart'],
    image: 'en-solar-wind-farm',
    translationOf: 'أكبر محطة شمسية في المنطقة تبدأ ضخ الكهرباء إلى الشبكة الوطنية',
    hoursAgo: 4,
    body: [
      {
        p: 'Gulf Renewable Energy Company has started full commercial operation of its 1.2-gigawatt solar plant, the largest single-site solar installation in the region. Spread over roughly 28 square kilometres of desert, the plant uses more than two million bifacial panels mounted on trackers that follow the sun, lifting output in the early morning and late afternoon, when fixed panels lose much of their yield.',
      },
      {
        p: 'The electricity is sold to the national transmission company under a 25-year power purchase agreement at 1.3 US cents per kilowatt-hour, less than half the cost of generation at the gas-fired plants now running on the grid. The company expects annual output of about 2.8 terawatt-hours, enough for some 300,000 homes, and says the plant will avoid more than 1.5 million tonnes of carbon dioxide a year.',
      },
      {
        quote:
          'We have shown that a large solar project can be delivered on time and at a competitive cost without direct subsidy. The next challenge is storage, because the sun sets every evening.',
        cite: 'Chief executive, Gulf Renewable Energy Company',
      },
      {
        p: 'That challenge is already shaping the company’s next step. It is studying a 600-megawatt-hour battery system on the same site, which would shift part of the daytime output into the evening peak, when air-conditioning demand is highest. Without storage, grid operators must keep gas plants on standby to cover the steep drop in solar output at sunset, which limits how far solar can go in the generation mix.',
      },
      {
        p: 'The national energy plan targets 30 per cent of installed capacity from renewable sources by 2030, up from about 12 per cent today. The new plant lifts that share to roughly 16 per cent, and two further tenders totalling 1.5 gigawatts are under way, with the winners expected to be named before the end of the year.',
      },
    ],
  },
  {
    type: 'analysis',
    language: 'en',
    title: 'Inflation is slowing, so why do household budgets still feel so tight?',
    subtitle:
      'Annual price growth has fallen to a three-year low, but rents and services keep climbing and wages have not caught up.',
    excerpt:
      'Headline inflation dropped to 2.9 per cent last month. For many families the relief is hard to see, and the reasons say a lot about what comes next.',
    section: 'en-economy',
    tags: ['Inflation', 'Interest rates', 'Central banks'],
    authors: ['amira-saleh'],
    image: 'en-shopping-basket',
    hoursAgo: 28,
    body: [
      {
        p: 'On paper, the fight against inflation is being won. Consumer prices rose 2.9 per cent in the year to last month, according to the national statistics authority, the slowest pace in three years and down from 3.4 per cent a month earlier. Food prices, which drove the surge two years ago, are now rising barely 1 per cent a year, helped by good harvests and cheaper imports. Yet ask shoppers in any city market and few will say life feels cheaper.',
      },
      { h: 'Slower is not the same as lower' },
      {
        p: 'The first reason is arithmetic. A falling inflation rate means prices are rising more slowly, not that they are coming down. A basket of basic goods still costs around a quarter more than it did three years ago, while private-sector wages have risen by considerably less over the same period. Households are no longer losing ground as fast, but they have not recovered what they lost, and that gap is what people feel at the checkout.',
      },
      { h: 'Rents and services are the sticky part' },
      {
        p: 'The second reason is where inflation is still running hot. Housing and utility costs rose 6.8 per cent over the year, pushed up by rents in the big cities, and education and health services are up about 5 per cent. These are large, regular bills that are hard to cut back on. Core inflation, which strips out volatile food and energy prices, is still 3.8 per cent, a sign that the underlying pressure has not gone away.',
      },
      {
        p: 'For the central bank, the latest figures strengthen the case for further, gradual interest-rate cuts. But monetary policy has little grip on rents, which reflect a shortage of mid-market housing more than the cost of credit. Economists say relief for households will depend on two slower-moving forces: wage growth that outpaces prices for a sustained period, and a housing supply response that takes years rather than months to arrive.',
      },
    ],
  },
];
