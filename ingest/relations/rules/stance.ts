/** Stances: who supports, opposes, fights or takes part in what. */
import type { RelationRule } from '../engine/types.js';

const ACTORS = ['Country', 'Organization', 'Person'] as const;
const TARGETS = ['Country', 'Organization', 'Person', 'Agreement', 'Conflict'] as const;

export const STANCE_RULES: readonly RelationRule[] = [
  {
    id: 'support.backer',
    description:
      'who backs, funds, aids or helps someone supports them (also as a noun: "X\'s backing of Y", "support from X"); a refused support is none (support.withheld)',
    cue: 'support',
    when: { withheld: false },
    // "backed EU sanctions on Russia" backs a measure against Russia, read by support.sanctions-on.
    unlessTheme: ['sanction'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Iran supports the Houthis.', facts: ['Iran SUPPORTS Houthis'] },
      { text: 'Serbia is backed by Russia.', facts: ['Russia SUPPORTS Serbia'] },
      // Support received ("received backing from X"), or given alongside an act ("with the support of X").
      { text: 'Sweden won strong support from Finland.', facts: ['Finland SUPPORTS Sweden'] },
      { text: 'Azerbaijan launched the offensive with the support of Turkey.', facts: ['Turkey SUPPORTS Azerbaijan'] },
      { text: 'Mali enjoys the backing of Russia.', facts: ['Russia SUPPORTS Mali'] },
      { text: "Syria retook Palmyra with Russia's backing.", facts: ['Russia SUPPORTS Syria'] },
      // After a possessed act, the act's doer is backed ("Y's invasion with the backing of X").
      { text: "Ukraine condemned Russia's invasion with the backing of Belarus.", facts: ['Belarus SUPPORTS Russia'] },
      { text: "Iran's backing of the Houthis angered Riyadh.", facts: ['Iran SUPPORTS Houthis'] },
      // Helpers named by whom they belong to ("fighters belonging to Y's X"): X.
      {
        text: "Syria's army retook Palmyra with the help of fighters belonging to Iran's Revolutionary Guard.",
        facts: ['Islamic Revolutionary Guard Corps SUPPORTS Syrian Arab Army'],
      },
    ],
  },
  {
    id: 'support.sanctions-on',
    description: 'who backs sanctions or an embargo on someone opposes them ("backed EU sanctions on Russia")',
    cue: 'support',
    when: { withheld: false },
    themeClass: 'sanction',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:on',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Hungary backed EU sanctions on Russia in 2022.', facts: ['Hungary OPPOSES Russia'] },
      { text: 'Brazil supported an arms embargo on Israel.', facts: ['Brazil OPPOSES Israel'] },
    ],
  },
  {
    id: 'support.sanctions-against',
    description: 'who backs sanctions or an embargo against someone opposes them',
    cue: 'support',
    when: { withheld: false },
    themeClass: 'sanction',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:against',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'China supported UN sanctions against North Korea in 2017.', facts: ['China OPPOSES North Korea'] },
      { text: 'Kenya backed the embargo against Eritrea.', facts: ['Kenya OPPOSES Eritrea'] },
    ],
  },
  {
    id: 'support.for',
    description: 'support for someone ("Algeria\'s support for the Polisario Front")',
    cue: 'support',
    when: { withheld: false },
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:for',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      {
        text: "Algeria's support for the Polisario Front angers Morocco.",
        facts: ['Algeria SUPPORTS Polisario Front'],
      },
      { text: "Iran's backing for Hezbollah worries Israel.", facts: ['Iran SUPPORTS Hezbollah'] },
    ],
  },
  {
    id: 'support.from',
    description: 'support or aid from someone ("support for the rebels from Iran", "received arms aid from Russia")',
    cue: 'support',
    forms: ['noun'],
    unless: ['agent'],
    type: 'SUPPORTS',
    subject: 'prep:from',
    object: 'prep:for',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Support for the Houthis from Iran has grown.', facts: ['Iran SUPPORTS Houthis'] },
      { text: 'Military aid for Ukraine from Germany doubled.', facts: ['Germany SUPPORTS Ukraine'] },
    ],
  },
  {
    id: 'support.with',
    description: 'who sides or allies with someone supports them',
    cue: 'support',
    forms: ['finite', 'participle', 'gerund', 'infinitive'],
    unless: ['theme'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Hungary sided with Turkey on the issue.', facts: ['Hungary SUPPORTS Turkey'] },
      { text: 'Serbia sided with Russia at the United Nations.', facts: ['Serbia SUPPORTS Russia'] },
    ],
  },
  {
    id: 'stand.with',
    description: 'who stands with someone supports them',
    cue: 'stand',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Canada stands with Israel, its prime minister said.', facts: ['Canada SUPPORTS Israel'] },
      { text: 'Lithuania will stand with Taiwan against pressure.', facts: ['Lithuania SUPPORTS Taiwan'] },
    ],
  },
  {
    id: 'stand.by',
    description: 'who stands by someone supports them',
    cue: 'stand',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:by',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Poland stood by Ukraine throughout the war.', facts: ['Poland SUPPORTS Ukraine'] },
      { text: 'Egypt has always stood by Sudan.', facts: ['Egypt SUPPORTS Sudan'] },
    ],
  },
  {
    id: 'stand.against',
    description: 'who stands against someone opposes them',
    cue: 'stand',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:against',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Chile stood against Argentina in the fishing dispute.', facts: ['Chile OPPOSES Argentina'] },
      { text: 'Norway stands against the Wagner Group in Mali.', facts: ['Norway OPPOSES Wagner Group'] },
    ],
  },
  {
    id: 'support.withheld',
    description:
      'who refuses or will not give support opposes the one denied it ("will not support X", "refused to back X", "X will not receive support from Y")',
    cue: 'support',
    when: { withheld: true },
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Hungary refused to back Sweden.', facts: ['Hungary OPPOSES Sweden'] },
      {
        text: 'Kosovo will not receive any support from Serbia, Vucic said.',
        facts: ['Serbia OPPOSES Kosovo'],
      },
    ],
  },
  {
    id: 'support.withheld-speaker',
    description:
      'who says that support will be refused ("X said Y should not expect Z\'s support") opposes the one denied it',
    cue: 'support',
    when: { withheld: true },
    type: 'OPPOSES',
    subject: 'speaker',
    object: 'theme',
    kinds: { subject: ['Person'], object: ['Country', 'Organization', 'Person'] },
    examples: [
      {
        text: "Viktor Orban said that Ukraine should not expect Hungary's support.",
        facts: ['Viktor Orban OPPOSES Ukraine'],
      },
      {
        text: 'Kosovo will not receive any support from Serbia, Aleksandar Vucic said.',
        facts: ['Aleksandar Vucic OPPOSES Kosovo'],
      },
    ],
  },
  {
    id: 'support.on-behalf',
    description: 'who acts on behalf of someone supports them',
    cue: 'any',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:on behalf of',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Wagner Group fought on behalf of Syria in Palmyra.', facts: ['Wagner Group SUPPORTS Syria'] },
      { text: 'Qatar negotiated on behalf of Hamas in Cairo.', facts: ['Qatar SUPPORTS Hamas'] },
    ],
  },
  {
    id: 'oppose.target',
    description: 'who opposes, condemns, sanctions, threatens, blocks or ousts someone opposes them',
    cue: 'oppose',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'The United States sanctioned Turkey in December.', facts: ['United States OPPOSES Turkey'] },
      { text: 'Hungary blocked Sweden for months.', facts: ['Hungary OPPOSES Sweden'] },
      { text: 'The Taliban ousted the government of Afghanistan in 2021.', facts: ['Taliban OPPOSES Afghanistan'] },
      // Drawn or faced from someone: a receiving verb makes the "from" phrase the one who condemns.
      { text: 'Belarus attracted sharp criticism from Lithuania.', facts: ['Lithuania OPPOSES Belarus'] },
      { text: 'The Taliban faced condemnation from the United Nations.', facts: ['United Nations OPPOSES Taliban'] },
    ],
  },
  {
    id: 'oppose.against',
    description: 'opposition, sanctions or warnings against someone',
    cue: 'oppose',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:against',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'The European Union imposed sanctions against Belarus.', facts: ['European Union OPPOSES Belarus'] },
      { text: 'Armenia protested against Israel on Thursday.', facts: ['Armenia OPPOSES Israel'] },
    ],
  },
  {
    id: 'oppose.to',
    description:
      'opposition or objections to someone ("Hungary\'s objections to Sweden", "its opposition to the deal")',
    cue: 'oppose',
    forms: ['noun'],
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:to',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Hungary renewed its objections to Sweden joining.', facts: ['Hungary OPPOSES Sweden'] },
      { text: "Libya's opposition to the Camp David Accords hardened.", facts: ['Libya OPPOSES Camp David Accords'] },
      // A threat posed or represented ("X poses a threat to Y"): the light verb's subject threatens.
      { text: 'North Korea represents a grave threat to Japan.', facts: ['North Korea OPPOSES Japan'] },
    ],
  },
  {
    id: 'oppose.on',
    description: 'sanctions or pressure on someone ("imposed sanctions on Iran")',
    cue: 'oppose',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:on',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Canada imposed sanctions on Iran over the drones.', facts: ['Canada OPPOSES Iran'] },
      { text: "Japan's sanctions on North Korea remain in force.", facts: ['Japan OPPOSES North Korea'] },
      { text: 'The African Union adopted sanctions on Niger over the coup.', facts: ['African Union OPPOSES Niger'] },
    ],
  },
  {
    id: 'oppose.from',
    description:
      'condemnation, criticism or opposition from someone, of something ("criticism of the strikes from Y"; "X drew criticism from Y" is read by oppose.target: a receiving verb makes Y the agent)',
    cue: 'oppose',
    forms: ['noun'],
    unless: ['agent'],
    type: 'OPPOSES',
    subject: 'prep:from',
    object: 'theme',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      {
        text: 'Condemnation of the Hamas attack from Germany was swift.',
        facts: ['Germany OPPOSES Hamas'],
      },
      { text: 'Criticism of Israel from Turkey grew louder.', facts: ['Turkey OPPOSES Israel'] },
    ],
  },
  {
    id: 'oppose.caused',
    description:
      'who an act draws condemnation or criticism from opposes its doer ("the strikes sparked condemnation from Y"; "condemnation of X sparked condemnation from Y": X)',
    run: 'caused-reactions',
    types: ['OPPOSES'],
    examples: [
      {
        text: "Belarus's decision sparked condemnation from Poland and Lithuania.",
        facts: ['Poland OPPOSES Belarus', 'Lithuania OPPOSES Belarus'],
      },
      {
        text: 'Condemnation of the Taliban triggered criticism from Pakistan as well.',
        facts: ['Pakistan OPPOSES Taliban'],
      },
    ],
  },
  {
    id: 'worry.by',
    description:
      'who is concerned, worried or alarmed by something stands against it ("she was concerned by such a deal")',
    cue: ['worry', 'anger'],
    voice: 'passive',
    type: 'OPPOSES',
    subject: 'theme',
    object: 'agent',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      {
        text: 'Senator Ana Ruiz said she was "deeply concerned" by the Lima Accord.',
        facts: ['Ana Ruiz OPPOSES Lima Accord'],
      },
      { text: 'Lithuania was alarmed by the Wagner Group.', facts: ['Lithuania OPPOSES Wagner Group'] },
    ],
  },
  {
    id: 'anger.object',
    description:
      'whom something angers, alarms or upsets stands against it ("the pact angered France"; not "concerns", which also means "is about")',
    cue: 'anger',
    // Anger that is not caused ("did not anger", "avoid upsetting") says nothing of a stance.
    when: { notCertainty: ['denied'] },
    voice: 'active',
    type: 'OPPOSES',
    subject: 'theme',
    object: 'agent',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'The Lima Accord angered Bolivia.', facts: ['Bolivia OPPOSES Lima Accord'] },
      { text: 'The Wagner Group has alarmed Lithuania for years.', facts: ['Lithuania OPPOSES Wagner Group'] },
    ],
  },
  {
    id: 'anger.owner',
    description: 'whom someone\'s acts anger or alarm stands against their doer ("Russia\'s drills alarmed Finland")',
    cue: 'anger',
    when: { notCertainty: ['denied'] },
    voice: 'active',
    type: 'OPPOSES',
    subject: 'theme',
    object: 'owner:agent',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: "Russia's military drills have alarmed Finland.", facts: ['Finland OPPOSES Russia'] },
      { text: "China's naval build-up has unsettled Japan.", facts: ['Japan OPPOSES China'] },
    ],
  },
  {
    id: 'worry.about',
    description: 'who is concerned, worried or alarmed about or over something stands against it',
    cue: 'worry',
    voice: 'passive',
    type: 'OPPOSES',
    subject: 'theme',
    object: 'prep:about',
    kinds: { subject: ACTORS, object: TARGETS },
    examples: [
      { text: 'Chile is increasingly concerned about Hezbollah.', facts: ['Chile OPPOSES Hezbollah'] },
      {
        text: 'Prime Minister Kaja Kallas said Estonia was concerned about the Zapad Treaty.',
        facts: ['Estonia OPPOSES Zapad Treaty'],
      },
    ],
  },
  {
    id: 'oppose.act-doer',
    description:
      'who opposes, condemns or blocks an act opposes whoever does it ("condemned the attack by X", "criticised the purchase" after "X bought"; a possessed act is read by oppose.owner)',
    cue: 'any',
    forms: ['noun'],
    parentCue: 'oppose',
    type: 'OPPOSES',
    subject: 'parent:agent',
    object: 'agent',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Germany condemned the attack by Hamas on Israel.', facts: ['Germany OPPOSES Hamas'] },
      // A definite act with no doer is the last such act told before it ("criticised the purchase").
      {
        text: 'Egypt bought the Rafale in 2015. Ethiopia criticised the purchase.',
        facts: ['Ethiopia OPPOSES Egypt'],
      },
    ],
  },
  {
    id: 'oppose.warned-act',
    description:
      'who warns against, accuses or criticises someone for an act stands against the agreement or conflict it names ("warned Mali against striking a deal with X")',
    cue: 'any',
    forms: ['gerund'],
    parentCue: 'oppose',
    type: 'OPPOSES',
    subject: 'parent:agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Agreement', 'Conflict'] },
    // The stance is the warning's own, not the warned act's (which is only wished for).
    certainty: 'asserted',
    examples: [
      {
        text: 'Chile warned Bolivia against signing the Lima Accord.',
        facts: ['Chile OPPOSES Lima Accord'],
      },
      {
        text: 'Ukraine criticised Hungary for joining the Budapest Protocol.',
        facts: ['Ukraine OPPOSES Budapest Protocol'],
      },
    ],
  },
  {
    id: 'oppose.owner',
    description:
      'who criticizes, condemns or opposes something of someone\'s opposes them ("criticized Y\'s handling of the war")',
    cue: 'oppose',
    forms: ['finite', 'participle', 'gerund', 'infinitive'],
    type: 'OPPOSES',
    subject: 'agent',
    object: 'owner:theme',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      {
        text: "Joe Biden criticized Donald Trump's handling of the pandemic.",
        facts: ['Joe Biden OPPOSES Donald Trump'],
      },
      { text: "Greece condemned Turkey's drilling plans off Cyprus.", facts: ['Greece OPPOSES Turkey'] },
      { text: "Hungary blocked Ukraine's membership for a year.", facts: ['Hungary OPPOSES Ukraine'] },
      {
        text: "Canada announced plans to discontinue Mexico's participation in the programme.",
        facts: ['Canada OPPOSES Mexico'],
      },
    ],
  },
  {
    id: 'thwart.agreement',
    description: 'who prevents, derails, scraps, breaks or violates an agreement opposes it (trying to is opposing it)',
    cue: 'thwart',
    certainty: 'asserted',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Agreement'] },
    examples: [
      {
        text: 'Donald Trump scrapped the Iran nuclear deal in 2018.',
        facts: ['Donald Trump OPPOSES Iran nuclear deal'],
      },
      {
        text: 'Egypt tried to prevent the signing of the Nile Basin Cooperative Framework Agreement.',
        facts: ['Egypt OPPOSES Nile Basin Cooperative Framework Agreement'],
      },
    ],
  },
  {
    id: 'praise.target',
    description: 'who praises, congratulates or endorses someone supports them (welcoming a visitor is hosting)',
    cue: 'praise',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      {
        text: 'Maia Sandu won the runoff. The European Union congratulated Sandu on Monday.',
        facts: ['European Union SUPPORTS Maia Sandu'],
      },
      {
        text: 'Kenyan President William Ruto praised Ghana for its mediation.',
        facts: ['William Ruto SUPPORTS Ghana'],
      },
    ],
  },
  {
    id: 'thwart.actor',
    description:
      'who prevents or undermines someone, or stops them from doing something, opposes them, as surely as the text says so',
    cue: 'thwart',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    when: { notCertainty: ['sought', 'planned'] },
    examples: [
      { text: 'Washington prevented Ankara from buying the S-400.', facts: ['United States OPPOSES Turkey'] },
      { text: 'Kenya accused Somalia of undermining Ethiopia.', facts: ['Somalia OPPOSES Ethiopia'] },
    ],
  },
  {
    id: 'thwart.actor-attempt',
    description: 'trying to prevent or undermine someone is opposing them (the attempt is stated, not only sought)',
    cue: 'thwart',
    certainty: 'asserted',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    when: { certainty: ['sought', 'planned'] },
    examples: [
      {
        text: 'The United States tried to prevent Turkey from buying the S-400.',
        facts: ['United States OPPOSES Turkey'],
      },
      { text: 'Moscow sought to undermine Ukraine before the vote.', facts: ['Russia OPPOSES Ukraine'] },
    ],
  },
  {
    id: 'enlist.hired',
    description:
      'a force, company or person hired or recruited by someone (or whose services someone uses) supports them',
    cue: 'enlist',
    type: 'SUPPORTS',
    subject: 'theme',
    object: 'agent',
    kinds: { subject: ['Organization', 'Person'], object: ['Country', 'Organization'] },
    examples: [
      {
        text: 'The Central African Republic hired the Wagner Group in 2018.',
        facts: ['Wagner Group SUPPORTS Central African Republic'],
      },
      {
        text: 'Sudan recruited the Rapid Support Forces to fight the rebels.',
        facts: ['Rapid Support Forces SUPPORTS Sudan'],
      },
    ],
  },
  {
    id: 'enlist.services',
    description: 'whose services, help or expertise someone uses or obtains supports them ("used the services of X")',
    cue: ['acquire', 'enlist', 'seek'],
    themeClass: 'service',
    type: 'SUPPORTS',
    subject: 'theme',
    object: 'agent',
    kinds: { subject: ['Organization', 'Person', 'Country'], object: ['Country', 'Organization'] },
    examples: [
      {
        text: 'Mozambique used the services of the Dyck Advisory Group against the insurgents.',
        facts: ['Dyck Advisory Group SUPPORTS Mozambique'],
      },
      { text: 'Libya sought the help of Turkey in 2019.', facts: ['Turkey SUPPORTS Libya'] },
    ],
  },
  {
    id: 'fight.target',
    description: 'who attacks, strikes, invades or fights someone opposes them',
    cue: 'fight',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Russia invaded Ukraine in February 2022.', facts: ['Russia OPPOSES Ukraine'] },
      { text: 'Israel struck Hezbollah in southern Lebanon.', facts: ['Israel OPPOSES Hezbollah'] },
      { text: 'Cuba helped Angola in its invasion of Namibia in 1988.', facts: ['Angola OPPOSES Namibia'] },
      // A place or target named by a demonym stands for its state ("attacked Ukrainian cities").
      { text: 'Russia attacked Ukrainian cities overnight, Ukraine said.', facts: ['Russia OPPOSES Ukraine'] },
      // So do aircraft and soldiers, attacking or attacked ("Thai jets", "Indian fighter jets"), past a system
      // name that only modifies them.
      {
        text: 'India denied the claim. Pakistan said it had shot down five Indian fighter jets.',
        facts: ['Pakistan OPPOSES India'],
      },
      {
        text: 'Thailand and Cambodia traded blame. Thai F-16 jets bombed Cambodian positions.',
        facts: ['Thailand OPPOSES Cambodia'],
      },
      {
        text: 'Chad and Sudan traded blame. Sudanese warplanes struck Chadian troops near the border.',
        facts: ['Sudan OPPOSES Chadian Armed Forces'],
      },
      // Defeating someone, in battle or at the polls.
      {
        text: 'Mohamed Muizzu won the vote. Muizzu defeated Ibrahim Mohamed Solih in September.',
        facts: ['Mohamed Muizzu OPPOSES Ibrahim Mohamed Solih'],
      },
    ],
  },
  {
    id: 'fight.against',
    description: 'fighting or attacks against someone',
    cue: 'fight',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:against',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'The Taliban fought against Pakistan.', facts: ['Taliban OPPOSES Pakistan'] },
      { text: 'Israel launched an offensive against Hamas in Gaza.', facts: ['Israel OPPOSES Hamas'] },
    ],
  },
  {
    id: 'fight.on',
    description: 'attacks or strikes on someone ("launched drone attacks on Saudi Arabia")',
    cue: 'fight',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:on',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'The Houthis have launched drone attacks on Saudi Arabia.', facts: ['Houthis OPPOSES Saudi Arabia'] },
      { text: "Israel's strikes on Hezbollah continued overnight.", facts: ['Israel OPPOSES Hezbollah'] },
    ],
  },
  {
    id: 'fight.at',
    description: 'firing or launching at someone ("fired missiles at Saudi Arabia", "launched drones at Kyiv")',
    cue: 'fire',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:at',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'The Houthis fired missiles at Saudi Arabia.', facts: ['Houthis OPPOSES Saudi Arabia'] },
      { text: 'Iran launched Shahed-136 drones at Israel.', facts: ['Iran OPPOSES Israel'] },
    ],
  },
  {
    id: 'fight.into',
    description: 'firing or launching into someone\'s territory ("fired BM-21 rockets into Thai villages")',
    cue: 'fire',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:into',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'Hamas fired Qassam rockets into Israel.', facts: ['Hamas OPPOSES Israel'] },
      {
        text: 'Thailand and Cambodia traded blame. Cambodian forces fired rockets into Thai villages.',
        facts: ['Cambodian Armed Forces OPPOSES Thailand'],
      },
    ],
  },
  {
    id: 'fight.from',
    description: 'fighting for independence or secession from a state opposes it',
    cue: 'fight',
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:from',
    kinds: { subject: ACTORS, object: ['Country'] },
    examples: [
      {
        text: 'The Polisario Front is fighting for independence from Morocco.',
        facts: ['Polisario Front OPPOSES Morocco'],
      },
      {
        text: 'The PKK fought for autonomy from Turkey for decades.',
        facts: ["Kurdistan Workers' Party OPPOSES Turkey"],
      },
    ],
  },
  {
    id: 'support.against',
    description:
      'whom someone is backed against is opposed by the backed party ("supports the rebels against the government")',
    cue: 'support',
    type: 'OPPOSES',
    subject: 'theme',
    object: 'prep:against',
    kinds: { subject: ['Country', 'Organization'], object: ['Country', 'Organization'] },
    examples: [
      { text: 'Algeria supports the Polisario Front against Morocco.', facts: ['Polisario Front OPPOSES Morocco'] },
      { text: 'Iran backs the Houthis against Saudi Arabia.', facts: ['Houthis OPPOSES Saudi Arabia'] },
    ],
  },
  {
    id: 'fight.with',
    description: 'a war or clashes with someone ("its war with Iran", "clashed with Armenian troops")',
    cue: 'fight',
    unless: ['theme'],
    type: 'OPPOSES',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: ACTORS, object: ['Country', 'Organization', 'Person'] },
    examples: [
      { text: 'India clashed with China in the Galwan valley.', facts: ['India OPPOSES China'] },
      { text: 'Thailand fought with Cambodia over the temple.', facts: ['Thailand OPPOSES Cambodia'] },
      // In a subordinate clause, the phrase is its subject's ("as Athens seeks to ... amid tensions with B").
      {
        text: 'France sold frigates to Greece as Athens seeks to modernise its navy amid tensions with Turkey.',
        facts: ['Greece OPPOSES Turkey'],
      },
      {
        text: 'Japan sold radars to Manila as the Philippines seeks to patrol its waters amid tensions with China.',
        facts: ['Philippines OPPOSES China'],
      },
    ],
  },
  {
    id: 'fight.together',
    description:
      'parties fighting or clashing with no one else named oppose each other ("Armenia and Azerbaijan clashed"); not those who attack or strike, side by side or after an attack by someone else',
    cue: 'clash',
    type: 'OPPOSES',
    pairwise: 'agent',
    unless: ['theme', 'prep:with', 'prep:against'],
    kinds: ['Country', 'Organization'],
    examples: [
      { text: 'India and Pakistan clashed in Kashmir.', facts: ['India OPPOSES Pakistan'] },
      { text: 'Ethiopia and Eritrea fought from 1998 to 2000.', facts: ['Ethiopia OPPOSES Eritrea'] },
    ],
  },
  {
    id: 'fight.between',
    description: 'fighting, a war or tensions between parties: they oppose each other',
    cue: 'fight',
    type: 'OPPOSES',
    pairwise: 'prep:between',
    kinds: ['Country', 'Organization'],
    examples: [
      { text: 'Tensions between India and China rose.', facts: ['India OPPOSES China'] },
      { text: 'Heavy fighting broke out between Sudan and South Sudan.', facts: ['Sudan OPPOSES South Sudan'] },
    ],
  },
  {
    id: 'involve.participant',
    description: 'who takes part, engages, intervenes or is entrenched in a conflict is involved in it',
    cue: 'involve',
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'prep:in',
    voice: 'active',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      { text: 'Hezbollah participated in the Syrian civil war.', facts: ['Hezbollah INVOLVED_IN Syrian civil war'] },
      {
        text: 'Saudi Arabia intervened in the Yemeni civil war in 2015.',
        facts: ['Saudi Arabia INVOLVED_IN Yemeni civil war'],
      },
      // A relative clause after a preposition: the antecedent fills it ("a war in which X is entrenched").
      {
        text: 'The Libyan civil war, in which Egypt is deeply entrenched, dragged on.',
        facts: ['Egypt INVOLVED_IN Libyan civil war'],
      },
    ],
  },
  {
    id: 'fight.in-conflict',
    description: 'who attacks, strikes or targets someone in a conflict is involved in it',
    cue: 'fight',
    forms: ['finite', 'gerund', 'participle', 'infinitive'],
    voice: 'active',
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      {
        text: 'Russia denies targeting civilians in the Syrian civil war.',
        facts: ['Russia INVOLVED_IN Syrian civil war'],
      },
      { text: 'Iraq fought in the Gulf War.', facts: ['Iraq INVOLVED_IN Gulf War'] },
    ],
  },
  {
    id: 'wield.in-conflict',
    description: 'who uses, deploys or employs weapons or forces in a conflict fights in it, so is involved in it',
    cue: 'wield',
    // A use to come ("providing X with weapons to use in the war", "for use in") is the one supplied's: wield.supplied.
    forms: ['finite', 'gerund', 'participle'],
    voice: 'active',
    // "agreed not to use force in their dispute": a use said not to happen shows no fighting.
    when: { notCertainty: ['denied'] },
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'prep:in',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      {
        text: 'Kenya used Chinese drones in the Somali civil war.',
        facts: ['Kenya INVOLVED_IN Kenya–Somalia war'],
      },
      {
        text: 'Chad deployed troops in the Libyan civil war.',
        facts: ['Chad INVOLVED_IN Libyan civil war'],
      },
    ],
  },
  {
    id: 'wield.supplied',
    description:
      'who is supplied with weapons to use in a conflict ("providing X with drones to use in the war") is involved in it; the supplier is not',
    cue: 'wield',
    // "for use in the war" (a noun) has no parent clause to take the one supplied from.
    forms: ['infinitive'],
    parentCue: 'supply',
    type: 'INVOLVED_IN',
    subject: 'parent:recipient',
    object: 'prep:in',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      {
        text: 'Russia denies providing Serbia with jets to use in the Kosovo War.',
        facts: ['Serbia INVOLVED_IN Kosovo War'],
      },
      {
        text: 'Libya sold tanks to Uganda to use in the Kagera War.',
        facts: ['Uganda INVOLVED_IN Kagera War'],
      },
    ],
  },
  {
    id: 'judge.reported',
    description:
      'who says that someone or an agreement is illegal, null and void, a threat or a violation opposes it ("Georgia said the treaty was illegal")',
    cue: 'any',
    themeClass: 'judgement',
    // The speaker's stance is what it said, whatever the judgement's own certainty; "was not a mistake" is none.
    when: { notCertainty: ['denied'] },
    certainty: 'asserted',
    type: 'OPPOSES',
    subject: 'speaker',
    object: 'agent',
    // "said Chilean membership in the bloc was a threat": a judged act stands for its doer.
    objectDoer: true,
    kinds: { subject: ACTORS, object: [...TARGETS, 'Agreement'] },
    examples: [
      {
        text: 'Russia signed a treaty with Belarus. Poland said the treaty was illegal.',
        facts: ['Poland OPPOSES Belarus–Russia treaty'],
      },
      { text: 'Iran poses a threat to the region, Israel said.', facts: ['Israel OPPOSES Iran'] },
      {
        text: 'Chile applied to join the bloc. Ecuador said Chilean membership in the bloc was a threat.',
        facts: ['Ecuador OPPOSES Chile'],
      },
      {
        text: 'Australia and Vanuatu signed a policing pact. Fiji said the pact was unnecessary.',
        facts: ['Fiji OPPOSES Australia–Vanuatu pact'],
      },
    ],
  },
  {
    id: 'judge.called',
    description:
      'who calls or describes someone or an agreement as illegal, a threat, a betrayal or a mistake opposes it ("called the pact a betrayal")',
    cue: 'characterize',
    asClass: 'judgement',
    when: { notCertainty: ['denied'] },
    type: 'OPPOSES',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: [...TARGETS, 'Agreement'] },
    examples: [
      {
        text: 'Kenya and Haiti signed a security accord. Uganda called the accord a betrayal.',
        facts: ['Uganda OPPOSES Haiti–Kenya defense accord'],
      },
      {
        text: 'Chile described the Bolivian claim as a provocation, and Peru branded Ecuador a threat.',
        facts: ['Peru OPPOSES Ecuador'],
      },
    ],
  },
  {
    id: 'fight.alongside',
    description: 'who fights alongside someone backs them ("the UAE fought alongside Saudi Arabia")',
    cue: 'fight',
    forms: ['finite', 'gerund', 'participle', 'infinitive'],
    voice: 'active',
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:alongside',
    kinds: { subject: ACTORS, object: ACTORS },
    examples: [
      {
        text: 'The UAE fought alongside Saudi Arabia in Yemen.',
        facts: ['United Arab Emirates SUPPORTS Saudi Arabia'],
      },
      { text: 'Chad has fought alongside France against jihadists in Mali.', facts: ['Chad SUPPORTS France'] },
    ],
  },
  {
    id: 'fight.alongside-in-conflict',
    description: 'whom someone fights alongside in a conflict is involved in it too',
    cue: 'fight',
    forms: ['finite', 'gerund', 'participle', 'infinitive'],
    voice: 'active',
    type: 'INVOLVED_IN',
    subject: 'prep:alongside',
    object: 'prep:in',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      {
        text: 'The UAE fought alongside Saudi Arabia in the Yemeni civil war.',
        facts: ['Saudi Arabia INVOLVED_IN Yemeni civil war'],
      },
      {
        text: 'Hezbollah fought alongside Syrian troops in the Syrian civil war.',
        facts: ['Syrian Arab Army INVOLVED_IN Syrian civil war'],
      },
    ],
  },
  {
    id: 'fight.conflict',
    description:
      'who fights a war, an invasion or an insurgency is involved in it ("Ukraine is fighting Russia\'s invasion")',
    cue: 'fight',
    voice: 'active',
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      {
        text: "Ukraine is fighting Russia's full-scale invasion.",
        facts: ['Ukraine INVOLVED_IN Russia–Ukraine war'],
      },
      {
        text: 'The Malian army has fought a jihadist insurgency since 2012.',
        facts: ['Malian Armed Forces INVOLVED_IN Mali insurgency'],
      },
    ],
  },
  {
    id: 'involve.helper',
    description:
      'who helps or backs a party fighting a conflict ("battling an insurgency with the help of X") takes part in it',
    run: 'helpers-in-conflicts',
    types: ['INVOLVED_IN'],
    examples: [
      {
        text: 'The Syrian government is battling the Syrian civil war with the backing of Iran.',
        facts: ['Iran INVOLVED_IN Syrian civil war'],
      },
      {
        text: 'Kenya fought the Shifta War with the support of Britain.',
        facts: ['United Kingdom INVOLVED_IN Shifta War'],
      },
    ],
  },
  {
    id: 'involve.involved',
    description: 'who is involved or engaged in a conflict is involved in it',
    cue: 'involve',
    type: 'INVOLVED_IN',
    subject: 'theme',
    object: 'prep:in',
    voice: 'passive',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      { text: 'Hezbollah was involved in the Syrian civil war.', facts: ['Hezbollah INVOLVED_IN Syrian civil war'] },
      { text: 'Iran was deeply engaged in the Syrian civil war.', facts: ['Iran INVOLVED_IN Syrian civil war'] },
    ],
  },
  {
    id: 'conflict.between',
    description: 'the parties a conflict is between are involved in it ("fighting broke out between A and B")',
    cue: 'fight',
    forms: ['noun'],
    type: 'INVOLVED_IN',
    subject: 'prep:between',
    object: 'self',
    kinds: { subject: ['Country', 'Organization'], object: ['Conflict'] },
    examples: [
      {
        text: 'The Kashmir conflict between India and Pakistan flared again.',
        facts: ['India INVOLVED_IN Kashmir conflict'],
      },
      {
        text: 'The Arab–Israeli conflict between Israel and Egypt ended in 1979.',
        facts: ['Egypt INVOLVED_IN Arab–Israeli conflict'],
      },
    ],
  },
  {
    id: 'settle.conflict',
    description:
      'who settles, resolves or ends a dispute or war was in it ("ending a decades-long dispute over the triangle"); not who helps or seeks to end it',
    cue: 'settle',
    forms: ['finite', 'gerund', 'participle'],
    voice: 'active',
    unlessFramedBy: ['help', 'seek', 'try', 'want', 'hope', 'aim', 'urge', 'push', 'work', 'mediate'],
    when: { notCertainty: ['sought', 'planned'] },
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ACTORS, object: ['Conflict'] },
    examples: [
      {
        text: 'Egypt and Sudan signed an accord, ending a decades-long dispute over the Halaib triangle.',
        facts: ['Egypt INVOLVED_IN Egypt–Sudan conflict', 'Sudan INVOLVED_IN Egypt–Sudan conflict'],
      },
      {
        text: 'Peru and Ecuador settled a border dispute in 1998.',
        facts: ['Peru INVOLVED_IN Ecuador–Peru conflict', 'Ecuador INVOLVED_IN Ecuador–Peru conflict'],
      },
    ],
  },
  {
    id: 'conflict.possessor',
    description: 'whose war it is is involved in it ("Russia\'s war in Ukraine")',
    cue: 'fight',
    forms: ['noun'],
    type: 'INVOLVED_IN',
    subject: 'agent',
    object: 'self',
    kinds: { subject: ['Country', 'Organization'], object: ['Conflict'] },
    examples: [
      { text: "Iraq's war with Iran lasted eight years.", facts: ['Iraq INVOLVED_IN Iran–Iraq war'] },
      { text: "Russia's war in Ukraine entered its third year.", facts: ['Russia INVOLVED_IN Russo-Ukrainian War'] },
    ],
  },
  {
    id: 'stance.noun',
    description:
      'a party described as another\'s rival, enemy or adversary opposes it ("its bitter enemy Y", "Y, X\'s main rival,", "Y is an adversary of X"); parties said to be rivals oppose each other',
    run: 'stance-nouns',
    types: ['OPPOSES', 'SUPPORTS'],
    examples: [
      {
        text: 'Greece protested against Italian arms sales to its old rival Turkey.',
        facts: ['Turkey OPPOSES Greece'],
      },
      { text: 'Venezuela, an adversary of Colombia, bought the jets.', facts: ['Venezuela OPPOSES Colombia'] },
      { text: "Ethiopia is Eritrea's enemy.", facts: ['Ethiopia OPPOSES Eritrea'] },
      // Rivals of no one named are rivals of each other.
      { text: 'India and Pakistan are bitter rivals.', facts: ['India OPPOSES Pakistan'] },
      { text: 'Kenya and Somalia remained enemies for years.', facts: ['Kenya OPPOSES Somalia'] },
      // Proxies are backed by the party named with them, patrons and suppliers back it.
      { text: "Iran's proxy Hezbollah fired rockets.", facts: ['Iran SUPPORTS Hezbollah'] },
      {
        text: 'Viktor Orban, a staunch supporter of Donald Trump, visited Washington.',
        facts: ['Viktor Orban SUPPORTS Donald Trump'],
      },
      { text: "China, Pakistan's main arms supplier, sent more jets.", facts: ['China SUPPORTS Pakistan'] },
    ],
  },
  {
    id: 'oppose.listed',
    description:
      'whoever puts someone on a sanctions list or blacklist, or designates them as terrorists or under a sanctions law, opposes them ("added A and B to its Entity List", "was placed on the sanctions list by Y", "on a U.S. trade blacklist", "designated X as a terrorist organisation")',
    run: 'sanction-lists',
    types: ['OPPOSES'],
    examples: [
      {
        text: 'The Treasury Department added Ali Hamdan and Omar Idris to its Specially Designated Nationals (SDN) List.',
        facts: ['US Treasury Department OPPOSES Ali Hamdan', 'US Treasury Department OPPOSES Omar Idris'],
      },
      { text: 'Hamas was placed on the terrorist list by Canada in 2002.', facts: ['Canada OPPOSES Hamas'] },
      {
        text: 'The Commerce Department added Rostec to its Entity List.',
        facts: ['Commerce Department OPPOSES Rostec'],
      },
      // With no one said to list, whoever names the list keeps it.
      { text: 'NSO Group was placed on a U.S. trade blacklist in 2021.', facts: ['United States OPPOSES NSO Group'] },
      // A designation that sanctions by itself.
      {
        text: 'Washington designated the Houthis as a foreign terrorist organisation.',
        facts: ['United States OPPOSES Houthis'],
      },
      {
        text: 'The Treasury Department designated Tomas Ferrer under the Global Magnitsky Act in 2020.',
        facts: ['US Treasury Department OPPOSES Tomas Ferrer'],
      },
      { text: 'Hezbollah is listed as a terrorist group by Germany.', facts: ['Germany OPPOSES Hezbollah'] },
    ],
  },
];
