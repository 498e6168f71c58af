import { describe, expect, it } from 'vitest';
import { buildIndex, searchIndex, type SearchSection } from './search-index';

const section = (lang: string, topic: string, id: string, title: string, ...parts: string[]): SearchSection => ({
  lang,
  topic,
  section: id,
  title,
  parts,
});

const english = [
  section('en', 'gp', 'register', 'Your right to a GP', 'Anyone can register with a GP (family doctor). It is free.'),
  section('en', 'gp', 'dentist', 'Dentist', 'Dentists do not register you like a GP does.'),
  section('en', 'money', 'card', 'Card lost, stolen or not working', 'Card lost or stolen? Call Migrant Help straight away.'),
  section('en', 'esol', 'cafes', 'Conversation cafés', 'Free groups where you practise speaking English.'),
];

const search = (sections: SearchSection[], lang: string, q: string) => searchIndex(buildIndex(sections, lang), q);
const places = (sections: SearchSection[], lang: string, q: string) => search(sections, lang, q).map((r) => `${r.topic}#${r.section}`);

describe('search in English', () => {
  it('finds the section that holds the word, and links to it', () => {
    expect(places(english, 'en', 'dentist')[0]).toBe('gp#dentist');
    expect(places(english, 'en', 'stolen')).toEqual(['money#card']);
  });
  it('tolerates typos and partial words', () => {
    expect(places(english, 'en', 'doctr')).toContain('gp#register');
    expect(places(english, 'en', 'regster')).toContain('gp#register');
    expect(places(english, 'en', 'conver')).toEqual(['esol#cafes']);
  });
  it('prefers sections matching every word, and falls back to any word', () => {
    expect(places(english, 'en', 'lost card')).toEqual(['money#card']);
    expect(places(english, 'en', 'dentist unicorn')).toEqual(['gp#dentist']);
  });
  it('finds nothing for an empty query or a word that is nowhere', () => {
    expect(search(english, 'en', '  ')).toEqual([]);
    expect(search(english, 'en', 'zzzzqqq')).toEqual([]);
  });
  it('shows the sentence that matched as the snippet', () => {
    expect(search(english, 'en', 'stolen')[0]!.snippet).toBe('Card lost or stolen? Call Migrant Help straight away.');
  });
});

describe('search in Arabic-script languages, with English beside', () => {
  const arabic = [
    ...english,
    section('ar', 'gp', 'register', 'حقك في طبيب عام', 'يمكن لأي شخص التسجيل عند الطبيب العام (GP). التسجيل مجاني.'),
    section('ar', 'money', 'card', 'البطاقة مفقودة أو مسروقة', 'إذا فقدت بطاقتك اتصل بـ Migrant Help فورًا.'),
    section('ar', 'gp', 'dentist', 'طبيب الأسنان', 'أطباء الأسنان لا يسجلونك مثل الطبيب العام.'),
  ];
  it('Arabic: "طبيب" finds the GP page although the text says "الطبيب"', () => {
    const results = search(arabic, 'ar', 'طبيب');
    expect(results.map((r) => `${r.topic}#${r.section}`)).toContain('gp#register');
    expect(results.find((r) => r.section === 'register')!.title).toBe('حقك في طبيب عام');
  });
  it('Arabic: hamza, ta marbuta and diacritics do not matter', () => {
    expect(places(arabic, 'ar', 'اذا فقدت')).toEqual(['money#card']);
    expect(places(arabic, 'ar', 'البطاقه')).toContain('money#card');
    expect(places(arabic, 'ar', 'طَبِيب')).toContain('gp#register');
  });
  it('Arabic: an English word finds the English section, with its title in Arabic', () => {
    const [first] = search(arabic, 'ar', 'stolen');
    expect(first).toMatchObject({ topic: 'money', section: 'card', title: 'البطاقة مفقودة أو مسروقة', titleLang: 'ar', snippetLang: 'en' });
  });
  it('gives one result per section even when both languages match', () => {
    const results = search(arabic, 'ar', 'Migrant Help');
    expect(results.filter((r) => r.section === 'card')).toHaveLength(1);
  });

  const farsi = [
    section('fa', 'esol', 'where', 'کلاس‌های زبان', 'کلاس‌های انگلیسی در کالج‌ها برگزار می‌شود.'),
    section('fa', 'gp', 'register', 'حق شما برای پزشک عمومی', 'هر کسی می‌تواند نزد پزشک عمومی ثبت‌نام کند.'),
  ];
  it('Farsi: Arabic kaf and ye typed for Persian ones still match', () => {
    expect(places(farsi, 'fa', 'پزشك')).toContain('gp#register');
    expect(places(farsi, 'fa', 'ثبت نام')).toContain('gp#register');
  });
  it('Farsi: words written with or without the zero-width non-joiner match', () => {
    expect(places(farsi, 'fa', 'کلاسهای')).toContain('esol#where');
    expect(places(farsi, 'fa', 'کلاس')).toContain('esol#where');
    expect(places(farsi, 'fa', 'ثبت‌نام')).toContain('gp#register');
  });

  const dari = [section('prs', 'gp', 'urgent', 'شفاخانه و عاجل', 'اگر زندگی کسی در خطر است به ۹۹۹ زنگ بزنید.')];
  it('Dari: ta marbuta typed for he, and Persian digits typed as 999, still match', () => {
    expect(places(dari, 'prs', 'شفاخانة')).toEqual(['gp#urgent']);
    expect(places(dari, 'prs', '999')).toEqual(['gp#urgent']);
  });

  const pashto = [section('ps', 'gp', 'register', 'ډاکټر ته د ګډون حق', 'هر څوک کولی شي له ډاکټر سره نوم ولیکي.')];
  it('Pashto: "داکتر" typed on a Persian keyboard finds "ډاکټر"', () => {
    expect(places(pashto, 'ps', 'داکتر')).toEqual(['gp#register']);
    expect(places(pashto, 'ps', 'گډون')).toEqual(['gp#register']);
  });

  const urdu = [section('ur', 'gp', 'urgent', 'ہسپتال اور ایمرجنسی', 'جب کسی کی جان خطرے میں ہو تو 999 پر کال کریں۔')];
  it('Urdu: heh goal and Farsi ye typed as Arabic letters still match', () => {
    expect(places(urdu, 'ur', 'هسپتال')).toEqual(['gp#urgent']);
    expect(places(urdu, 'ur', 'ايمرجنسي')).toEqual(['gp#urgent']);
  });
});

describe('search in scripts without spaces or with vowel signs', () => {
  const gp = (lang: string, title: string, text: string) => [section(lang, 'gp', 'register', title, text), ...english];
  it('Chinese: a word inside a sentence with no spaces is found', () => {
    const zh = gp('zh-Hans', '您有权看全科医生', '任何人都可以在全科医生诊所登记。免费。');
    expect(places(zh, 'zh-Hans', '医生')[0]).toBe('gp#register');
    expect(places(zh, 'zh-Hans', '全科医生')[0]).toBe('gp#register');
    expect(places(zh, 'zh-Hans', '牙')).toEqual([]);
  });
  it('Bengali, Punjabi and Hindi: the word for doctor finds the GP page', () => {
    expect(places(gp('bn', 'জিপি (পারিবারিক ডাক্তার)', 'যে কেউ জিপির কাছে নাম লেখাতে পারেন।'), 'bn', 'ডাক্তার')[0]).toBe('gp#register');
    expect(places(gp('pa', 'ਜੀਪੀ (ਪਰਿਵਾਰਕ ਡਾਕਟਰ)', 'ਕੋਈ ਵੀ ਜੀਪੀ ਕੋਲ ਨਾਮ ਦਰਜ ਕਰਵਾ ਸਕਦਾ ਹੈ।'), 'pa', 'ਡਾਕਟਰ')[0]).toBe('gp#register');
    expect(places(gp('hi', 'जीपी (पारिवारिक डॉक्टर)', 'कोई भी जीपी के पास नाम लिखवा सकता है।'), 'hi', 'डॉक्टर')[0]).toBe('gp#register');
  });
});
