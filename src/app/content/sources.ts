// Public pages the content was read from (see /work/shared/content/facts.md), named once and reused by the facts.
import type { Source } from './fact';

/** The day these facts were last checked against the fact sheet. */
export const CHECKED = '2026-11-23';
/** The day the facts whose sources were replaced or added (issue 12) were checked against the publishers' pages. */
export const CHECKED_PUBLISHERS = '2026-12-01';

/** A publisher's page: who published it, its title, its address and the date printed on it (if any). */
export const src = (publisher: string, title: string, url: string, pageDate?: string): Source =>
  pageDate ? { publisher, title, url, pageDate } : { publisher, title, url };

// Migrant Help
export const NHS_HC2 = src(
  'NHS England',
  'Guidance to support HC2 application for asylum seekers',
  'https://www.england.nhs.uk/long-read/guidance-to-support-hc2-application-for-asylum-seekers/',
);
export const START_NEW_LIFE = src(
  'Start New Life (third-party site)',
  'Asylum support',
  'https://startnewlife.uk/en/asylum-support/index',
  '2026-05-10',
);
export const MH_UPDATE_2022 = src(
  'Migrant Help',
  'Asylum services update',
  'https://www.migranthelpuk.org/news/asylum-services-update-november2022',
  '2022-11-10',
);
export const MH_PANDEMIC = src(
  'Migrant Help',
  'Our services during the pandemic',
  'https://www.migranthelpuk.org/news/our-services-during-the-pandemic',
  '2020',
);
// Migrant Help's domestic abuse duties under Home Office guidance, as set out by the charity ASAP.
export const ASAP_DOMESTIC_ABUSE = src(
  'Asylum Support Appeals Project',
  'Factsheet 18: Asylum support for survivors of domestic abuse',
  'https://www.asaproject.org/documents/asylum-support-for-survivors-of-domestic-abuse',
  'August 2025',
);
export const HERALD = src(
  'Herald Scotland',
  'Home Office criticised over asylum seeker failings',
  'https://www.heraldscotland.com/news/18204675.home-office-slammed-asylum-seeker-failings-despite-contractor-change/',
);
export const COS_ASPEN = src(
  'City of Sanctuary',
  'Aspen cards, issues arising',
  'https://cityofsanctuary.org/2017/08/30/aspen-cards-issues-arising-mixed-news',
  '2017-08-30',
);
export const REDCROSS_FAQ = src('British Red Cross', 'Operator manual: FAQ', 'https://operator-manual.redcross.org.uk/faq');
export const FREE_MOVEMENT = src(
  'Free Movement',
  'Migrant Help now more helpful',
  'https://freemovement.org.uk/migrant-help-now-more-helpful',
);
export const DIPLOMAT = src('Diplomat Magazine', 'Linguistic challenges', 'https://diplomatmagazine.com/linguistic-challenges/', '2016');

// Health
export const BMA = src(
  'BMA',
  'Patient registration',
  'https://www.bma.org.uk/advice-and-support/gp-practices/managing-your-practice-list/patient-registration',
  '2022-01-27',
);
export const LMC = src(
  'Londonwide LMCs',
  'Registering patients in general practice',
  'https://www.lmc.org.uk/resources/video-registering-patients-in-general-practice/',
);
export const WESSEX_LMC = src('Wessex LMCs', 'Patient registration', 'https://www.wessexlmcs.com/guidance/patient-registration-2/');
export const HEALTHWATCH = src(
  'Healthwatch England',
  'Registering with your GP, understanding your rights',
  'https://www.healthwatch.co.uk/advice-and-information/2019-01-23/registering-your-gp-understanding-your-rights',
  '2019-01-23',
);
export const TPHC = src(
  'Transformation Partners in Health and Care (NHS)',
  'My right to access healthcare cards',
  'https://www.transformationpartnersinhealthandcare.nhs.uk/resource/my-right-to-access-healthcare-cards/',
);
export const SHPRESA = src('Shpresa Programme', 'GP', 'https://shpresaprogramme.org/services/information/gp/');
export const PAIH = src(
  'PAIH',
  'HC2 certificates, full help with health costs',
  'https://www.paih.org/resources/hc2-certificates-full-help-with-health-costs',
);
export const CPTV = src(
  'Community Pharmacy Thames Valley',
  'Asylum seekers and HC2 certificates',
  'https://cptv.org.uk/contractorfaqs/asylum-seekers-hc2-certificates/',
);
export const HALESOWEN = src(
  'Halesowen News (PA)',
  'How to arrange dentist appointments',
  'https://www.halesowennews.co.uk/news/national/uk-today/23680980.arrange-dentist-appointments-nhs-system/',
);
export const PRESTON_DENTAL = src(
  'Preston City of Sanctuary',
  'Dental services for sanctuary seekers',
  'https://preston.cityofsanctuary.org/for-sanctuary-seekers-and-those-who-support-them/dental-services-for-sanctuary-seekers-in-preston',
);
export const NBT_DENTAL = src(
  'North Bristol NHS Trust',
  'Emergency dental services',
  'https://nbt.nhs.uk/our-services/a-z-services/emergency-zone/other-healthcare-options/emergency-dental-services',
);
export const MYHEALTH_111 = src('NHS London', 'MyHealth: NHS 111', 'https://www.myhealth.london.nhs.uk/nhs-111');
export const NHS111_WALES = src(
  'Welsh Ambulance Service (NHS 111 Wales)',
  'If you need an interpreter on a 999 call',
  'https://111.wales.nhs.uk/localservices/informationinotherlanguages/LSInfoOtherLanguagePage8/',
);
export const NWAS_999 = src(
  'North West Ambulance Service (NHS)',
  'Urgent and emergency care (999)',
  'https://www.nwas.nhs.uk/services/urgent-and-emergency-care-999/',
);
export const SWAST_999 = src('South Western Ambulance Service (NHS)', 'When to call 999', 'https://www.swast.nhs.uk/when-to-call-999');
export const HW_RBKC_INTERPRETER = src(
  'Healthwatch Kensington and Chelsea',
  'Translation support in urgent and emergency care services (London Ambulance Service)',
  'https://www.healthwatchrbkc.org.uk/advice-and-information/2024-04-18/translation-support-urgent-and-emergency-care-services',
  '2024-04-18',
);
// The NHS service search itself; not among the stored pages read, so its fact carries a caveat.
export const NHS_FIND_GP = src('NHS', 'Find a GP', 'https://www.nhs.uk/service-search/find-a-gp');
export const HW_BIRMINGHAM = src(
  'Healthwatch Birmingham',
  'Getting an NHS interpreter',
  'https://healthwatchbirmingham.co.uk/getting-an-nhs-interpreter',
);
export const ASHWORTH = src(
  'Ashworth Street Surgery (NHS GP)',
  'Interpreting service',
  'https://www.ashworthstreetsurgeryrochdale.co.uk/clinics-and-services/services/interpreting-service/',
);
export const HW_REDBRIDGE = src(
  'Healthwatch Redbridge',
  'Accessing an interpreter when using the NHS',
  'https://healthwatchredbridge.co.uk/advice-and-information/2024-02-14/accessing-interpreter-when-using-nhs',
  '2024-02-14',
);
export const NHSE_INTERPRETING = src(
  'NHS England',
  'Interpreting in primary care',
  'https://www.england.nhs.uk/primary-care/primary-care-commissioning/interpreting/',
);
export const SAMARITANS = src('Samaritans', 'Contact a Samaritan', 'https://www.samaritans.org/how-we-can-help/contact-samaritan/');
export const SAMARITANS_NEWS = src(
  'Samaritans',
  'Being there when people need us most',
  'https://www.samaritans.org/news/being-there-when-people-need-us-most',
);

// English classes
export const DFE_ESOL = src(
  'Parallel Parliament',
  'Department for Education written answer HL7861: English language, asylum',
  'https://parallelparliament.co.uk/question/HL7861/english-language-asylum',
);
export const LCRCA = src(
  'Liverpool City Region Combined Authority',
  'Adult education budget',
  'https://www.liverpoolcityregion-ca.gov.uk/adult-education-budget/',
);
export const FENEWS = src(
  'FE News',
  'Liverpool City Region investment in adult skills',
  'https://www.fenews.co.uk/skills/liverpool-city-region-unveils-largest-ever-investment-in-adult-skills-training/',
);
export const AOC_TEES = src(
  'Association of Colleges',
  'Skills devolution, Tees Valley',
  'https://www.aoc.co.uk/funding-and-corporate-services/skills-devolution/tees-valley',
);
export const DARLINGTON = src(
  'Darlington Borough Council',
  'ESOL',
  'https://www.darlington.gov.uk/education-and-learning/learning-skills/english-for-speakers-of-other-languages-esol/',
);
export const SURREY = src(
  'Surrey County Council',
  'ESOL eligibility criteria',
  'https://www.surreycc.gov.uk/schools-and-learning/adult-learning/courses/esol-english-and-maths/esol/eligibility-criteria',
  '2024/25',
);
export const LINCS_ASF = src(
  'Greater Lincolnshire CCA',
  'Adult Skills Fund consultation',
  'https://greaterlincolnshire-cca.gov.uk/news/article/49/adult-skills-fund-consultation',
);
export const STOCKTON_COLLEGE = src(
  'Stockton Riverside College',
  'Colleges recognised for compassion and solidarity',
  'https://www.stockton.ac.uk/news/etc-colleges-recognised-for-promoting-compassion-and-solidarity',
);
export const ALM_ENGLISH_UK = src(
  'English UK',
  'Renovating classrooms, buying books: Eddie Byers Fund at work in Liverpool',
  'https://www.englishuk.com/en/students/english-in-the-uk/student-news?newsId=2778',
  '2017-10-12',
);
export const ALM_LLOYDS = src(
  'Lloyds Bank Foundation',
  'Asylum Link Merseyside',
  'https://lloydsbankfoundation.org.uk/our-impact/charity-stories/asylum-link-merseyside',
);
export const STOCKTON_COLLEGE_SITE = src('Stockton Riverside College', 'Home page', 'https://www.stockton.ac.uk/');
export const CAFE_WARWICK = src(
  'Warwick Unitarians',
  'New conversation café',
  'https://warwickunitarians.org.uk/2023/03/02/new-conversation-cafe',
  '2023-03-02',
);
export const CAFE_LEEDS = src(
  'Aviva Community Fund',
  'Conversation Club, Leeds',
  'https://community-fund.aviva.co.uk/voting/project/pastwinnerprojectview/17-5824',
);
export const CAFE_GLASGOW = src(
  'Glasgow City Mission',
  'Conversation café',
  'https://www.glasgowcitymission.com/2022/04/13/conversation-cafe-speaking-english-at-the-mission/',
  '2022-04-13',
);

// Schools
export const CORAM = src(
  'Coram Children’s Legal Centre',
  'School education for migrant children',
  'https://www.childrenslegalcentre.com/resources/school-education-migrant-children/',
);
export const DFE_ADMISSIONS = src(
  'GOV.UK',
  'School applications for foreign national children',
  'https://gov.uk/guidance/schools-admissions-applications-from-overseas-children',
);
export const VWV = src(
  'VWV',
  'Processing applications from asylum-seeking children',
  'https://www.vwv.co.uk/news-and-events/blog/academies-law-brief/blog/academies-law-brief/processing-applications-asylum-seeking-children',
  '2022-11-21',
);
export const FSM_ANSWER = src(
  'Parallel Parliament',
  'Written answer HL15144: Free school meals',
  'https://parallelparliament.co.uk/question/HL15144/free-school-meals',
  '2019-04-25',
);
export const FSM_CRITERIA = src(
  'Howletch Lane Primary',
  'Which children are entitled to free school meals',
  'https://howletchlane.co.uk/faqconc/which-children-are-entitled-to-pupil-premium-2',
);
export const BRADFORD_FSM = src(
  'Bradford Council (Bradford Schools Online)',
  'Free school meals for asylum-seeking pupils',
  'https://bso.bradford.gov.uk/news/23325-free-school-meals-for-asylum-seeking-pupils',
  '2024-09-20',
);
export const JUST_FAIR = src(
  'Just Fair',
  'Free school meal support extended',
  'https://justfair.org.uk/free-school-meal-support-extended-to-include-thousands-of-children-with-nrpf/',
);
export const UNIFORM_BARNSLEY = src(
  'Barnsley Council',
  'Advice about school uniform grants',
  'https://www.barnsley.gov.uk/alerts/advice-about-school-uniform-grants/',
);
export const UNIFORM_STANDARD = src(
  'Evening Standard',
  'How to apply for a school uniform grant',
  'https://standard.co.uk/news/uk/how-apply-150-school-uniform-grant-a4505586.html',
);

// Contacts
export const MERSEY_PCC = src(
  'Merseyside Police and Crime Commissioner',
  'Hate crime',
  'https://merseysidepcc.info/get-involved/resources-campaigns/hate-crime/',
);
export const ITV_HATE = src(
  'ITV News',
  'Hate crime, what it is and how to report it',
  'https://www.itv.com/news/westcountry/2017-10-16/hate-crime-what-is-it-and-how-do-you-report-it/',
  '2017-10-16',
);
export const SAFER_COLCHESTER = src('Safer Colchester', 'Hate crime', 'https://www.safercolchester.co.uk/hate-crime/');
// Gas emergencies: the National Gas Emergency Service (run by Cadent), the networks for Sefton (Cadent) and Stockton (NGN), and ENA.
export const CADENT_CO = src('Cadent Gas', 'Carbon monoxide advice', 'https://cadentgas.com/carbon-monoxide-advice');
export const CADENT_COVID = src(
  'Cadent Gas',
  'Message from Howard Forster, Chief Operating Officer (coronavirus)',
  'https://cadentgas.com/coronavirus',
  '2020',
);
export const CADENT_SAFETY_2020 = src(
  'Cadent Gas',
  'Safety warning as survey reveals most people don’t know what to do if they smell gas',
  'https://cadentgas.com/news-media/news/September-2020/Safety-warning',
  'September 2020',
);
export const NGN_NEWS = src(
  'Northern Gas Networks',
  'Latest news',
  'https://www.northerngasnetworks.co.uk/about-us/latest-news/',
  '2021-11-22',
);
export const ENA_WINTER_2019 = src(
  'Energy Networks Association',
  '7 million milestone reached as public urged to be winter ready',
  'https://www.energynetworks.org/newsroom/7-million-milestone-reached-as-energy-networks-association-urges-the-public-to-be-winter-ready',
  '2019-12-01',
);
// Electrics and water: councils' own home-safety pages.
export const NORFOLK_ELECTRICAL = src(
  'Norfolk County Council',
  'L.I.V.E. Electrical fires and safety',
  'https://norfolk.gov.uk/article/43812/L.I.V.E.-Electrical-fires-and-safety',
);
export const SOUTHAMPTON_HOME = src(
  'Southampton City Council',
  'Home maintenance: electrical safety',
  'https://www.southampton.gov.uk/housing/your-home/home-maintenance/',
);
export const ASK_POLICE = src('Ask the Police', 'Reporting hate crime', 'https://www.askthe.police.uk/Content/Q139.htm');
export const STHELENS_YAZ = src(
  'St Helens Council',
  'YAZ: Hate crime',
  'https://yaz.sthelens.gov.uk/pick-a-subject/crime-justice/hate-crime/',
);
export const GOV_TRIBUNAL = src(
  'GOV.UK',
  'Appeal to the First-tier Tribunal (Asylum Support)',
  'https://www.gov.uk/appeal-first-tier-asylum-support-tribunal',
);
export const ASAP = src('Asylum Support Appeals Project', 'ASAP duty scheme', 'https://www.asaproject.org/guides/asap-duty-scheme');
export const RIGHT_TO_REMAIN = src('Right to Remain', 'Toolkit', 'https://righttoremain.org.uk/toolkit/');
export const RTR_VIDEOS = src(
  'Word on the Streets',
  'Videos for asylum',
  'https://wordonthestreets.net/Articles/553392/Videos_for_asylum.aspx',
  '2019-09-17',
);
export const IMD_REDCROSS = src(
  'IMD Solicitors',
  'World Refugee Day (British Red Cross interview)',
  'https://it.imdcorporate.co.uk/news/world-refugee-day-20th-june/',
);
export const RELIEFWEB_RC = src(
  'ReliefWeb',
  'Refugee Council launches new national helpline',
  'https://reliefweb.int/report/united-kingdom-great-britain-and-northern-ireland/refugee-council-launches-new-national',
  '2020-10-01',
);
export const GOV_DISPERSAL = src(
  'GOV.UK',
  'Living in dispersal accommodation',
  'https://www.gov.uk/government/publications/living-in-asylum-accommodation/living-in-dispersal-accommodation-english',
  '2023-05-25',
);

// Money
export const GOV_SUPPORT = src('GOV.UK', 'Asylum support, what you’ll get', 'https://www.gov.uk/asylum-support/what-youll-get');
export const EIN_RATES = src(
  'Electronic Immigration Network',
  'Accommodation and financial support for asylum seekers (House of Commons Library)',
  'https://www.ein.org.uk/news/accommodation-and-financial-support-provided-asylum-seekers-explained-updated-house-commons',
  '2024-04-09',
);
export const ASYLUM_MATTERS = src(
  'Asylum Matters',
  'Asylum support briefing',
  'https://asylummatters.org/2023/01/31/asylum-support-briefing-jan-2023/',
  '2023-01-31',
);
