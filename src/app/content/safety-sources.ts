// Publisher pages behind the staying-safe, health-of-mind and food topics (issue 19), each with its own page date.
import { src } from './sources';

// Abuse, sexual violence and exploitation: the helplines' own sites.
export const REFUGE_NEWS = src('Refuge', 'News', 'https://www.refuge.org.uk/category/news/');
export const REFUGE_COVID = src(
  'Refuge',
  'Refuge responds to reports of potential increase in domestic abuse during COVID-19',
  'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
);
// The stored copy of the helpline's home page was read over http; the same page is cited on https.
export const MSH_HOME = src('Unseen', 'Modern Slavery & Exploitation Helpline', 'https://www.modernslaveryhelpline.org/');
export const MSH_FAQ = src('Unseen', 'Modern Slavery Helpline: frequently asked questions', 'https://www.modernslaveryhelpline.org/faqs');
export const UNSEEN_FAQ = src(
  'Unseen',
  'Frequently asked questions for potential victims and survivors',
  'https://www.unseenuk.org/faqs-potential-victims/',
);
export const UNSEEN_BLOG = src(
  'Unseen',
  'I work on the Modern Slavery Helpline and this is what I hear',
  'https://www.unseenuk.org/blog/i-work-on-the-modern-slavery-helpline-and-this-is-what-i-hear',
  '2019-09-19',
);
export const CLEWER = src(
  'The Clewer Initiative',
  'The Modern Slavery & Exploitation Helpline turns 5',
  'https://theclewerinitiative.org/blog/the-modern-slavery-exploitation-helpline-turns-5',
  '2021-10-25',
);
export const RAPE_CRISIS_FAQ = src(
  'Rape Crisis England & Wales',
  '24/7 Rape & Sexual Abuse Support Line: FAQs',
  'https://247sexualabusesupport.org.uk/faqs/',
);
export const RAINBOW_MIGRATION = src('Rainbow Migration', 'What we do', 'https://www.rainbowmigration.org.uk/what-we-do');

// Hate crime: True Vision's address is given only by 2011 launch pages, so its link carries the check caveat.
export const CST_TRUE_VISION = src(
  'Community Security Trust',
  'Police hate crime website launched',
  'https://cst.org.uk/news/blog/2011/02/01/police-hate-crime-website-launched',
  '2011-02-01',
);
export const CLEVELAND_PCC_HATE = src(
  'Office of the Police and Crime Commissioner for Cleveland',
  'Hate crime',
  'https://www.cleveland.pcc.police.uk/how-can-we-help/problems/hate-crime/',
);

// Health of mind
export const NHSE_TALKING = src(
  'NHS England',
  'NHS Talking Therapies, for anxiety and depression',
  'https://www.england.nhs.uk/mental-health/adults/nhs-talking-therapies/',
);
export const MERSEY_CARE_TT = src(
  'Mersey Care NHS Foundation Trust',
  'Talking Therapies: a guide for professionals',
  'https://www.merseycare.nhs.uk/patient-leaflets/talking-therapies-professionals-guide',
);
export const HW_TALKING = src(
  'Herefordshire and Worcestershire Health and Care NHS Trust',
  'Accessing support from NHS Herefordshire and Worcestershire Talking Therapies',
  'https://www.talkingtherapies.hwhct.nhs.uk/selfreferral',
);
export const SHSC_111 = src(
  'Sheffield Health and Social Care NHS Foundation Trust',
  'Call NHS 111 if you are experiencing a mental health crisis',
  'https://shsc.nhs.uk/news/call-nhs-111-if-you-are-experiencing-mental-health-crisis',
);
export const LPFT_111 = src(
  'Lincolnshire Partnership NHS Foundation Trust',
  'Need help now',
  'https://www.lpft.nhs.uk/contact-us/need-help-now',
);
// Two NHS GP practices disagree on "option 2": one (2024) names it, one (2023) says the menu now reads "the mental health option".
export const NORWOOD_111 = src(
  'Norwood Medical Centre',
  'NHS 111 – option 2 for crisis mental health support',
  'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/',
  '2024-08-14',
);
export const OUNDLE_111 = src(
  'Oundle Surgery',
  'Accessing mental health services via 111',
  'https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111',
  '2023-05-03',
);

// Food
export const LIVERPOOLWORLD_SSF = src(
  'LiverpoolWorld',
  'Merseyside homebuilder lends helping hand to local foodbank',
  'https://www.liverpoolworld.uk/community/merseyside-homebuilder-lends-helping-hand-to-local-foodbank-4807163',
  '2024-10-02',
);
export const SEFTON_FOODBANKS = src(
  'Sefton Council',
  'Sefton residents urged to donate face coverings to foodbanks',
  'https://mysefton.co.uk/2020/07/23/sefton-residents-urged-to-donate-face-coverings-to-foodbanks/',
  '2020-07-23',
);
export const STOCKTON_FOOD_POWER = src(
  'Stockton Information Directory',
  'Stockton-on-Tees Food Power Network',
  'https://www.stocktoninformationdirectory.org/kb5/stockton/directory/advice.page?id=bj2pUUuSx6U',
);
export const SALVATION_STOCKTON = src(
  'The Salvation Army',
  'New food club helps Stockton families with cost of living',
  'https://www.salvationarmy.org.uk/news/new-food-club-helps-stockton-families-cost-living',
  '2023-10-05',
);
export const BBC_STOCKTON_HUBS = src(
  'BBC News',
  'Stockton low-cost food hubs to help struggling families',
  'https://www.bbc.co.uk/news/uk-england-tees-66788560',
);
export const NEWCASTLE_BS_FOODBANK = src(
  'Newcastle Building Society',
  'Stockton foodbank preparing for busiest ever winter',
  'https://newcastle.co.uk/news/stockton-foodbank-preparing-for-busiest-ever-winter',
);

// Money: section 98 and changes of circumstances
export const ASAP_S98 = src(
  'Asylum Support Appeals Project',
  'Factsheet 17: s98 support',
  'https://www.asaproject.org/documents/factsheet-17-s98-support',
  '2025-01-02',
);
export const NRPF_S98 = src(
  'NRPF Network',
  'Section 98 emergency support',
  'https://www.nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/support-options-for-people-with-nrpf/home-office-support/section-98-emergency-support',
);
export const GOV_INITIAL = src(
  'GOV.UK',
  'A guide to living in initial accommodation',
  'https://www.gov.uk/government/publications/living-in-initial-accommodation/a-guide-to-living-in-initial-accommodation-accessible',
  '2023-12-05',
);
export const MH_FAQ_NEEDS = src(
  'Migrant Help',
  'I am in initial contingency accommodation and want to know when I will be moved',
  'https://www.migranthelpuk.org/faqs/i-am-in-initial-contingency-accommodation-and-want-to-know-when-i-will-be-moved-to-longer-term-dispersal-accommodation',
);
