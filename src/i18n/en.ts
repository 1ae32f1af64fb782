/**
 * Every string of the interface, in one dictionary. A second language (Chinese) adds a file of the same shape;
 * components read strings only through `t` in `./index.ts`.
 */
export const en = {
  'site.name': 'ALT Atlas',
  'site.tagline': 'Only your ALT is high? What it means, and what to do.',
  'site.description':
    'Plain-language answers for people whose blood test shows a raised ALT (alanine aminotransferase): causes, medicines, lifestyle steps, symptoms and tests.',
  'skip.link': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.search': 'Search',
  'search.label': 'Search ALT Atlas',
  'search.placeholder': 'Drug, symptom or test',
  'search.submit': 'Search',
  'collection.causes': 'Causes',
  'collection.medications': 'Medicines',
  'collection.lifestyle': 'Lifestyle steps',
  'collection.symptoms': 'Symptoms',
  'collection.tests': 'Tests',
  'collection.causes.one': 'Cause',
  'collection.medications.one': 'Medicine',
  'collection.lifestyle.one': 'Lifestyle step',
  'collection.symptoms.one': 'Symptom',
  'collection.tests.one': 'Test',
  'collection.causes.intro':
    'Things that can raise ALT. Some are harmless and pass on their own; others need treatment. Your clinician works out which applies to you.',
  'collection.medications.intro':
    'Medicines that treat a cause of raised ALT, and medicines that can themselves affect the liver. Take any medicine only as prescribed.',
  'collection.lifestyle.intro': 'Everyday steps that help your liver and make your next test result easier to read.',
  'collection.symptoms.intro':
    'Most people with a raised ALT feel nothing. These are the signs people notice, in their own words, and what they can mean.',
  'collection.tests.intro': 'The tests used to find out why ALT is high, starting with the ALT test itself.',
  'class.hepatitis-b-antiviral': 'Hepatitis B medicines',
  'class.hepatitis-c-antiviral': 'Hepatitis C medicines',
  'class.mash-treatment': 'Medicines for fatty liver disease (MASH)',
  'class.liver-support': 'Liver-support medicines used mainly in China and Asia',
  'class.pain-reliever': 'Pain relievers',
  'class.antibiotic': 'Antibiotics',
  'class.tuberculosis-medicine': 'Tuberculosis medicines',
  'class.cholesterol-lowering': 'Cholesterol-lowering medicines',
  'class.supplement': 'Herbs and supplements',
  'class.hormone': 'Hormones and steroids',
  'article.alsoCalled': 'Also called',
  'article.chineseName': 'Chinese name',
  'article.brands': 'Brand names',
  'article.drugClass': 'Type of medicine',
  'article.commonLiverInjuryCause': 'This medicine is one of the common causes of drug-induced liver injury.',
  'article.livertox': 'LiverTox, the US National Institutes of Health database on liver injury from medicines, has a record on it',
  'article.related': 'Related pages',
  'article.sources': 'Sources',
  'article.reviewed': 'Last reviewed',
  'article.nextReview': 'Next review due',
  'article.codes': 'Clinical codes',
  'article.backTo': 'All',
  'urgent.title': 'Get urgent care if...',
  'urgent.action': 'Call your local emergency number or go to an emergency department now.',
  'disclaimer.title': 'About this information',
  'disclaimer.text':
    'This page is general information, not a diagnosis or medical advice. Talk to your clinician about your own results. Take medicines only as prescribed, and do not start, stop or change a medicine without asking them.',
  'footer.about': 'ALT Atlas is written from clinical guidelines and drug databases, and reviewed every year.',
  'footer.privacy': 'No cookies, no tracking, no third-party requests.',
  'notFound.title': 'Page not found',
  'notFound.text': 'We could not find that page. It may have moved. Try one of these instead:',
  'home.urgentTitle': 'Get urgent care now if you have a raised ALT and any of these',
} as const;

export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;
