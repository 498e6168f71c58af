/** GOV.UK's default: a page that says nothing about why someone was here (the quick exit's link and its destination). */
export const NEUTRAL_URL = 'https://www.bbc.co.uk/weather';
