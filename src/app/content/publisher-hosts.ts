// The only hosts a source or link shown to people may point at: each is the publisher's own site (council, NHS,
// GOV.UK, the charity, the newspaper), never a mirror, a staging copy or a fundraising page. Exact hosts, no wildcards.

export const PUBLISHER_HOSTS: readonly string[] = [
  // Government, councils and public bodies
  'gov.uk',
  'sefton.gov.uk',
  'stockton.gov.uk',
  'barnsley.gov.uk',
  'billingham-tc.gov.uk',
  'bso.bradford.gov.uk',
  'darlington.gov.uk',
  'formby-pc.gov.uk',
  'greaterlincolnshire-cca.gov.uk',
  'liverpoolcityregion-ca.gov.uk',
  'norfolk.gov.uk',
  'southampton.gov.uk',
  'surreycc.gov.uk',
  'yaz.sthelens.gov.uk',
  'mysefton.co.uk',
  'merseysidepcc.info',
  'askthe.police.uk',
  'safercolchester.co.uk',
  // NHS
  'nhs.uk',
  'england.nhs.uk',
  'nwas.nhs.uk',
  'swast.nhs.uk',
  '111.wales.nhs.uk',
  'myhealth.london.nhs.uk',
  'nbt.nhs.uk',
  'transformationpartnersinhealthandcare.nhs.uk',
  'ashworthstreetsurgeryrochdale.co.uk',
  'cptv.org.uk',
  'bma.org.uk',
  'lmc.org.uk',
  'wessexlmcs.com',
  'healthwatch.co.uk',
  'healthwatchbirmingham.co.uk',
  'healthwatchrbkc.org.uk',
  'healthwatchredbridge.co.uk',
  // Gas networks
  'cadentgas.com',
  'northerngasnetworks.co.uk',
  'energynetworks.org',
  // Charities and their own sites
  'migranthelpuk.org',
  'asaproject.org',
  'samaritans.org',
  'stophateuk.org',
  'righttoremain.org.uk',
  'operator-manual.redcross.org.uk',
  'cityofsanctuary.org',
  'preston.cityofsanctuary.org',
  'refugeewomenconnect.org.uk',
  'stpetersformby.co.uk',
  'boscosociety.org.uk',
  'justicefirst.org.uk',
  'justfair.org.uk',
  'childrenslegalcentre.com',
  'shpresaprogramme.org',
  'paih.org',
  'asylummatters.org',
  'glasgowcitymission.com',
  'warwickunitarians.org.uk',
  'community-fund.aviva.co.uk',
  'lloydsbankfoundation.org.uk',
  'englishuk.com',
  'reliefweb.int',
  'startnewlife.uk',
  'hartlepoolnow.co.uk',
  // Colleges and their bodies
  'stockton.ac.uk',
  'aoc.co.uk',
  'fenews.co.uk',
  'howletchlane.co.uk',
  // Law and policy publishers
  'freemovement.org.uk',
  'ein.org.uk',
  'parallelparliament.co.uk',
  'vwv.co.uk',
  'it.imdcorporate.co.uk',
  // Newspapers and broadcasters (their own sites)
  'heraldscotland.com',
  'standard.co.uk',
  'itv.com',
  'thenorthernecho.co.uk',
  'halesowennews.co.uk',
  'otsnews.co.uk',
  'eyeonsouthport.co.uk',
  'standupforsouthport.com',
  'wordonthestreets.net',
  'diplomatmagazine.com',
  'bbc.com',
];

/** The host people would see, without "www." and without a port. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function isPublisherHost(url: string): boolean {
  return PUBLISHER_HOSTS.includes(hostOf(url));
}
