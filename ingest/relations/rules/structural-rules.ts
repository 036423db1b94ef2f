/** Rules that read the shape of noun phrases, and inferences over an article: records of named functions. */
import type { RelationRule } from '../engine/types.js';

export const FUNCTION_RULES: readonly RelationRule[] = [
  {
    id: 'title.holder',
    description: 'a title before or after a name gives the person a role in the state or organisation it names',
    run: 'titles-and-appositions',
    types: ['HOLDS_ROLE', 'MEMBER_OF'],
    examples: [
      {
        text: 'Chilean Defense Minister Maya Fernandez visited Peru to discuss Chile’s navy.',
        facts: ['Maya Fernandez HOLDS_ROLE Chile'],
      },
      {
        text: 'Kenyan President William Ruto said Kenya would send police to Haiti.',
        facts: ['William Ruto HOLDS_ROLE Kenya'],
      },
      {
        text: "The footage showed Sergei Lavrov with Wang Yi and Alberto van Klaveren, Chile's foreign minister.",
        facts: ['Alberto van Klaveren HOLDS_ROLE Chile'],
      },
      // A state's institution named by its nationality names the minister's portfolio, the office is the state's.
      {
        text: 'French Armed Forces Minister Jane Doe said France would keep troops in Niger.',
        facts: ['Jane Doe HOLDS_ROLE France'],
      },
      {
        text: 'Malian Armed Forces Minister Sadio Keita said Mali would hire instructors.',
        facts: ['Sadio Keita HOLDS_ROLE Mali'],
      },
    ],
  },
  {
    id: 'title.apposition',
    description:
      'a person and a description of an office beside each other hold the role for every state and body it names',
    run: 'apposition-roles',
    types: ['HOLDS_ROLE'],
    examples: [
      {
        text: 'Ali Hassan, the Secretary of Egypt’s National Security Council, met the ministers.',
        facts: ['Ali Hassan HOLDS_ROLE Egypt'],
      },
      {
        text: 'Marta Ruiz, the director of Spain’s National Intelligence Centre, testified on Tuesday.',
        facts: ['Marta Ruiz HOLDS_ROLE Spain'],
      },
      {
        text: "The BBC's Africa Editor, Will Ross, said the vote was close.",
        facts: ['Will Ross HOLDS_ROLE BBC'],
      },
      {
        text: "Washington sanctioned Alexander Mikheev, Rosoboronexport's director, and other officials.",
        facts: ['Alexander Mikheev HOLDS_ROLE Rosoboronexport'],
      },
    ],
  },
  {
    id: 'title.possessor',
    description: "a state's possessive right before a person's name presents the person as its official (\"Iran's X\")",
    run: 'possessor-roles',
    types: ['HOLDS_ROLE'],
    examples: [
      {
        text: "Chile's Alberto van Klaveren and Peru's Javier Gonzalez agreed to reopen the embassies.",
        facts: ['Alberto van Klaveren HOLDS_ROLE Chile', 'Javier Gonzalez HOLDS_ROLE Peru'],
      },
      {
        text: "Kenyan officials said Ethiopia's Abiy Ahmed would attend the summit.",
        facts: ['Abiy Ahmed HOLDS_ROLE Ethiopia'],
      },
    ],
  },
  {
    id: 'member.of-body',
    description: 'a person with no title followed by "of" and a body works there ("X of Tel Aviv University")',
    run: 'bodies-of',
    types: ['MEMBER_OF'],
    examples: [
      {
        text: 'The pact is a warning to India, said Kamran Bokhari of the New Lines Institute in Washington.',
        facts: ['Kamran Bokhari MEMBER_OF New Lines Institute'],
      },
      {
        text: 'Ana Ruiz of the International Crisis Group said the talks had stalled.',
        facts: ['Ana Ruiz MEMBER_OF International Crisis Group'],
      },
    ],
  },
  {
    id: 'title.complement-before-name',
    description:
      'a title completed by "of" and a body right before a name gives the role in the body (and in the state whose possessive opens it)',
    run: 'titled-complements',
    types: ['HOLDS_ROLE'],
    examples: [
      {
        text: "Head of Peru's National Intelligence Directorate Javier Gonzalez said the talks failed.",
        facts: ['Javier Gonzalez HOLDS_ROLE National Intelligence Directorate', 'Javier Gonzalez HOLDS_ROLE Peru'],
      },
      {
        text: 'Earlier, the representative of the Chilean Defense Ministry Alberto Ruiz reported that the troops were pulling back.',
        facts: ['Alberto Ruiz HOLDS_ROLE Chilean Ministry of Defense'],
      },
    ],
  },
  {
    id: 'affiliation.located-in',
    description:
      'an organisation named with a state ("the Israeli Defense Ministry", "Russia\'s Wagner Group", "the Gaza-based Hamas", "Saab of Sweden"), or a place a state owns ("Syria\'s northwestern Idlib"), is located in it',
    run: 'national-affiliation',
    types: ['LOCATED_IN'],
    examples: [
      { text: "Fighting raged in Syria's northwestern Idlib on Sunday.", facts: ['Idlib LOCATED_IN Syria'] },
      {
        text: "Police in Peru's southern Puno region arrested the activists.",
        facts: ['Puno region LOCATED_IN Peru'],
      },
      { text: "Voters backed Denmark's far-right Stram Kurs party.", facts: ['Stram Kurs LOCATED_IN Denmark'] },
      { text: 'The contract went to Saab of Sweden.', facts: ['Saab LOCATED_IN Sweden'] },
      {
        text: 'The Egyptian Foreign Ministry said Egypt rejects the plan.',
        facts: ['Egyptian Ministry of Foreign Affairs LOCATED_IN Egypt'],
      },
      { text: "Turkey's Baykar Technologies built the drone.", facts: ['Baykar Technologies LOCATED_IN Turkey'] },
    ],
  },
  {
    id: 'affiliation.apposition',
    description:
      'an organisation described by an apposition naming a state ("X, Russia\'s arms exporter") is located in it',
    run: 'organization-appositions',
    types: ['LOCATED_IN'],
    examples: [
      {
        text: 'Russia said Rostec, Russia’s state arms maker, signed the contract.',
        facts: ['Rostec LOCATED_IN Russia'],
      },
      {
        text: 'Critics in Israel attacked the Knesset, the lower house of the Israeli parliament, on Friday.',
        facts: ['Knesset LOCATED_IN Israel'],
      },
    ],
  },
  {
    id: 'place.apposition',
    description: 'a place described as a town, city or capital in or of another place is located there',
    run: 'place-appositions',
    types: ['LOCATED_IN'],
    examples: [
      { text: 'Agadez, a desert town in northern Niger, was calm.', facts: ['Agadez LOCATED_IN Niger'] },
      {
        text: 'The talks were held in Hargeisa, the capital of Somaliland.',
        facts: ['Hargeisa LOCATED_IN Somaliland'],
      },
    ],
  },
  {
    id: 'place.of-description',
    description: 'a place named after a description of a place ("the Chinese city of X") lies in the state it names',
    run: 'place-of-description',
    types: ['LOCATED_IN'],
    examples: [
      { text: 'China hosted the talks in the Chinese city of Kunming.', facts: ['Kunming LOCATED_IN China'] },
      { text: "Peru sent troops to Peru's southern region of Puno.", facts: ['Puno LOCATED_IN Peru'] },
    ],
  },
  {
    id: 'place.copula',
    description: 'a place said to be a town, capital or region of or in another lies in it ("X was the capital of Y")',
    run: 'place-copulas',
    types: ['LOCATED_IN'],
    examples: [
      {
        text: 'In the 19th century, Tiraspol was the capital of the Kherson Governorate.',
        facts: ['Tiraspol LOCATED_IN Kherson Governorate'],
      },
      {
        text: 'Agadez is a desert town in Niger, officials said.',
        facts: ['Agadez LOCATED_IN Niger'],
      },
    ],
  },
  {
    id: 'place.comma-country',
    description:
      'a place followed by a comma and a country lies in it ("Kidal, Mali, on Monday", a dateline "TARBES, France (AP)")',
    run: 'place-comma-country',
    types: ['LOCATED_IN'],
    examples: [
      { text: 'A blast hit Kidal, Mali, on Monday.', facts: ['Kidal LOCATED_IN Mali'] },
      {
        text: 'TARBES, France (AP) — The last army unit left Chad on Monday.',
        facts: ['TARBES LOCATED_IN France'],
      },
    ],
  },
  {
    id: 'place.bearing',
    description:
      'a place a bearing away from a town ("the X airfield south of Tehran") is in the town\'s country, not in the town',
    run: 'place-bearings',
    types: ['LOCATED_IN'],
    examples: [
      {
        text: 'Iran showed the drones to Russia at the Kashan airfield south of Tehran.',
        facts: ['Kashan airfield LOCATED_IN Iran'],
      },
      {
        text: 'Rockets struck the town of Sderot, about 40 km south of Tel Aviv, Israel said.',
        facts: ['Sderot LOCATED_IN Israel'],
      },
    ],
  },
  {
    id: 'place.in-place',
    description: 'a place, or a site of a body (embassy, headquarters), followed by "in" and a place is in it',
    run: 'place-in-place',
    types: ['LOCATED_IN'],
    examples: [
      {
        text: 'The summit was held in Nyon in western Switzerland.',
        facts: ['Nyon LOCATED_IN Switzerland'],
      },
      {
        text: 'Drones hit an airbase in Engels in southern Russia.',
        facts: ['Engels LOCATED_IN Russia'],
      },
    ],
  },
  {
    id: 'place.presence',
    description: 'a body said to be present or active somewhere is located there',
    run: 'presence',
    types: ['LOCATED_IN'],
    examples: [
      {
        text: 'The Atlas Group is present in Libya and Sudan.',
        facts: ['Atlas Group LOCATED_IN Libya', 'Atlas Group LOCATED_IN Sudan'],
      },
      { text: 'Hezbollah is also active in Syria, officials said.', facts: ['Hezbollah LOCATED_IN Syria'] },
    ],
  },
  {
    id: 'maker.modifier',
    description:
      'a state or company named as the owner or origin of a system ("Israel\'s Iron Dome", "the Russian S-400") develops it',
    run: 'maker-modifiers',
    types: ['DEVELOPED_BY'],
    examples: [
      { text: "Israel's Iron Dome intercepted the rockets.", facts: ['Iron Dome DEVELOPED_BY Israel'] },
      { text: 'India bought the Russian S-400 despite US warnings to Russia.', facts: ['S-400 DEVELOPED_BY Russia'] },
      // Demonyms joined by hyphens name joint makers.
      {
        text: 'China and Pakistan are partners. Nigeria flies the Chinese-Pakistani JF-17 Thunder.',
        facts: ['JF-17 Thunder DEVELOPED_BY China', 'JF-17 Thunder DEVELOPED_BY Pakistan'],
      },
    ],
  },
  {
    id: 'maker.speaker',
    description:
      'a company a maker\'s noun introduces as the source of a statement about the one system it names makes it ("..., manufacturer Diehl Defence said")',
    run: 'maker-speakers',
    types: ['DEVELOPED_BY'],
    examples: [
      {
        text: 'Egypt will buy the IRIS-T SLM air defence system, manufacturer Diehl Defence said on Monday.',
        facts: ['IRIS-T SLM DEVELOPED_BY Diehl Defence'],
      },
      {
        text: 'The manufacturer, Kelvar Tarsk, said Chile had ordered the Borax system.',
        facts: ['Borax DEVELOPED_BY Kelvar Tarsk'],
      },
      {
        text: 'Planemaker Embraer said Portugal had ordered five C-390 aircraft.',
        facts: ['C-390 DEVELOPED_BY Embraer'],
      },
    ],
  },
  {
    id: 'owner.modifier',
    description:
      'a nationality right before a system another country makes names the state that has it ("Danish F-16s")',
    run: 'owner-modifiers',
    types: ['ACQUIRED'],
    examples: [
      {
        text: 'Denmark will sell its jets to Argentina, which wants Danish F-16s.',
        facts: ['Denmark ACQUIRED F-16'],
      },
      {
        text: 'India and Pakistan clashed, and Pakistan said it had downed two Indian Rafales.',
        facts: ['India ACQUIRED Rafale'],
      },
    ],
  },
  {
    id: 'compound.backed-made',
    description:
      'a hyphenated modifier: "X-backed Y" (and X-aligned, X-allied) is X supporting Y, "X-made Y" is Y developed by X',
    run: 'compound-modifiers',
    types: ['SUPPORTS', 'DEVELOPED_BY'],
    examples: [
      { text: 'The Iran-backed Houthis fired missiles.', facts: ['Iran SUPPORTS Houthis'] },
      { text: 'Pakistan flies China-made J-10 jets, China said.', facts: ['J-10 DEVELOPED_BY China'] },
      // Who a group is aligned or allied with backs it.
      { text: 'Israel struck the Iran-aligned Hezbollah group.', facts: ['Iran SUPPORTS Hezbollah'] },
      { text: 'Serbia, a Russia-allied state, bought drones.', facts: ['Russia SUPPORTS Serbia'] },
    ],
  },
  {
    id: 'relations.diplomatic',
    description: 'relations normalised, severed, restored or held between states (with their status)',
    run: 'diplomatic-relations',
    types: ['RELATIONS_WITH'],
    examples: [
      // A rapprochement or reconciliation between parties restores their relations.
      {
        text: 'Qatar brokered a reconciliation between Egypt and Turkey in 2021.',
        facts: ['Egypt RELATIONS_WITH Turkey'],
      },
      { text: 'Bahrain normalized ties with Israel.', facts: ['Bahrain RELATIONS_WITH Israel'] },
      // A leader holds or cuts the relations of the state of their office.
      {
        text: "Chile's President Gabriel Boric severed diplomatic ties with Nicaragua.",
        facts: ['Chile RELATIONS_WITH Nicaragua'],
      },
      {
        text: 'Relations between Colombia and Venezuela improved in 2022.',
        facts: ['Colombia RELATIONS_WITH Venezuela'],
      },
      {
        text: 'Chile, which has long claimed the corridor, and Bolivia, a landlocked neighbour, normalized ties in 2022.',
        facts: ['Chile RELATIONS_WITH Bolivia'],
      },
    ],
  },
  {
    id: 'relations.mission',
    description: "a state's embassy, ambassador or envoy in or to another state: relations between them",
    run: 'diplomatic-missions',
    types: ['RELATIONS_WITH'],
    examples: [
      { text: 'Kenya’s embassy in Ethiopia reopened on Monday.', facts: ['Kenya RELATIONS_WITH Ethiopia'] },
      {
        text: 'Chile recalled its ambassador after Peru’s ambassador to Chile spoke.',
        facts: ['Peru RELATIONS_WITH Chile'],
      },
    ],
  },
  {
    id: 'relations.ally',
    description:
      'a state described as another\'s ally or partner (apposition, "is an ally of", "Russia\'s ally Belarus") has relations with it; a group or person described as a state\'s or a person\'s ally or partner is backed by it',
    run: 'allies',
    types: ['RELATIONS_WITH', 'SUPPORTS'],
    examples: [
      { text: 'Chad, an ally of France, agreed to host the base.', facts: ['Chad RELATIONS_WITH France'] },
      { text: 'Qatar is a close partner of Turkey.', facts: ['Qatar RELATIONS_WITH Turkey'] },
      {
        text: 'Israel, America’s closest ally in the region, voted no.',
        facts: ['Israel RELATIONS_WITH United States'],
      },
      { text: "Russia's ally Belarus hosted the drills in March.", facts: ['Belarus RELATIONS_WITH Russia'] },
      {
        text: 'Turkey shelled the Syrian Democratic Forces, Washington’s main partner in the fight against ISIS.',
        facts: ['United States SUPPORTS Syrian Democratic Forces'],
      },
      { text: 'Hezbollah, Iran’s most powerful ally, fired rockets at Haifa.', facts: ['Iran SUPPORTS Hezbollah'] },
      {
        text: 'The junta ousted President Mohamed Bazoum, a close ally of France and the United States.',
        facts: ['France SUPPORTS Mohamed Bazoum', 'United States SUPPORTS Mohamed Bazoum'],
      },
      // A person's ally is one that person backs.
      {
        text: 'Belarusian President Alexander Lukashenko, a close ally of Russian President Vladimir Putin, spoke.',
        facts: ['Vladimir Putin SUPPORTS Alexander Lukashenko'],
      },
      {
        text: 'Hungarian Prime Minister Viktor Orban, a close ally of U.S. President Donald Trump, praised the plan.',
        facts: ['Donald Trump SUPPORTS Viktor Orban'],
      },
    ],
  },
  {
    id: 'recognition.recognizer',
    description: 'a state recognises another state, or a claim over a territory',
    run: 'recognition',
    types: ['RECOGNIZED'],
    examples: [
      {
        text: 'Spain recognized Morocco’s sovereignty over Western Sahara.',
        facts: ['Spain RECOGNIZED Western Sahara'],
      },
      { text: 'Norway recognized Palestine in 2024.', facts: ['Norway RECOGNIZED Palestine'] },
    ],
  },
  {
    id: 'infer.named-parties',
    description:
      "the parties an unnamed agreement or conflict is named after are party to or involved in it (and a conflict's parties oppose each other)",
    run: 'named-parties',
    types: ['PARTY_TO', 'INVOLVED_IN', 'OPPOSES', 'RELATIONS_WITH'],
    examples: [
      {
        text: 'The Israeli-Moroccan defense agreement took effect as Israel and Morocco deepened ties.',
        facts: ['Israel PARTY_TO Israel–Morocco defense agreement'],
      },
      {
        text: "Peru and Chile's security agreement took effect in May.",
        facts: ['Peru PARTY_TO Chile–Peru defense agreement'],
      },
    ],
  },
  {
    id: 'agreement.own-parties',
    description:
      'a named agreement\'s possessor, and whom it is "with" or "between", are party to it ("its Mutual Defense Treaty with Manila")',
    run: 'named-agreement-parties',
    types: ['PARTY_TO'],
    examples: [
      {
        text: 'Washington said its Mutual Defense Treaty with Manila covers the shoal.',
        facts: ['United States PARTY_TO Mutual Defense Treaty', 'Philippines PARTY_TO Mutual Defense Treaty'],
      },
      {
        text: 'The Nile Basin Treaty between Kenya and Uganda expired in May.',
        facts: ['Kenya PARTY_TO Nile Basin Treaty', 'Uganda PARTY_TO Nile Basin Treaty'],
      },
      {
        text: "Japan's Reciprocal Access Agreement took effect in 2024.",
        facts: ['Japan PARTY_TO Reciprocal Access Agreement'],
      },
    ],
  },
  {
    id: 'agreement.described-party',
    description:
      'who is described as a party or signatory to an agreement (apposition, "is a party to") is party to it',
    run: 'described-parties',
    types: ['PARTY_TO'],
    examples: [
      {
        text: 'Peru, a signatory to the Lima Accord, objected to the sale.',
        facts: ['Peru PARTY_TO Lima Accord'],
      },
      {
        text: 'Chile and Bolivia are parties to the Andean Pact.',
        facts: ['Chile PARTY_TO Andean Pact', 'Bolivia PARTY_TO Andean Pact'],
      },
    ],
  },
  {
    id: 'infer.office-holder-signs',
    description: 'a state is party to what its office holder signs',
    run: 'office-holder-signs',
    types: ['PARTY_TO'],
    examples: [
      {
        text: 'Chilean President Gabriel Boric signed the Paris Agreement, Chile said.',
        facts: ['Chile PARTY_TO Paris Agreement'],
      },
      {
        text: 'Kenyan President William Ruto signed the Arms Trade Treaty on behalf of Kenya.',
        facts: ['Kenya PARTY_TO Arms Trade Treaty'],
      },
    ],
  },
  {
    id: 'infer.parties-signed',
    description:
      'a signing stated without its signers ("the contract had been signed") was signed by the parties the article gives the agreement',
    run: 'agentless-signing',
    types: ['SIGNED'],
    examples: [
      {
        text: 'Azerbaijan struck a gas deal with Hungary last year. The deal was signed in Baku.',
        facts: ['Azerbaijan SIGNED Azerbaijan–Hungary energy deal', 'Hungary SIGNED Azerbaijan–Hungary energy deal'],
      },
      {
        text: 'Mali reached a security deal with Russia. Officials confirmed the deal had been signed.',
        facts: ['Mali SIGNED Mali–Russia defense deal', 'Russia SIGNED Mali–Russia defense deal'],
      },
    ],
  },
  {
    id: 'acquire.contract-for',
    description:
      'a contract signed for a system is its purchase: the signer buys it, or the party it signed with when the signer makes it',
    run: 'contract-buyers',
    types: ['ACQUIRED', 'SEEKS'],
    examples: [
      {
        text: 'Indonesia signed a contract with France for 42 Rafale jets on Thursday.',
        facts: ['Indonesia ACQUIRED Rafale'],
      },
      {
        text: 'Dassault Aviation signed a contract with Egypt for 30 more Rafale fighters.',
        facts: ['Egypt ACQUIRED Rafale'],
      },
      { text: 'Lockheed Martin finalised a deal with Poland for 32 F-35 jets.', facts: ['Poland ACQUIRED F-35'] },
      { text: 'Bulgaria plans to sign a contract for eight F-16 fighters.', facts: ['Bulgaria SEEKS F-16'] },
    ],
  },
  {
    id: 'infer.gazetteer-place',
    description: 'a known place is located in its country when the article names both',
    run: 'gazetteer-places',
    types: ['LOCATED_IN'],
    examples: [
      { text: 'The ministers met in Rabat before flying to Algeria and Morocco.', facts: ['Rabat LOCATED_IN Morocco'] },
      { text: 'Explosions were heard in Kyiv as Ukraine braced for strikes.', facts: ['Kyiv LOCATED_IN Ukraine'] },
    ],
  },
  {
    id: 'title.dateline-state',
    description:
      "a state's civil office written without its state is the office of the state the report is filed from, unless the article gives its holder another",
    run: 'dateline-offices',
    types: ['HOLDS_ROLE'],
    examples: [
      {
        text: 'SANTIAGO, Jan 5 (Reuters) - Chile will buy six patrol vessels, Defence Minister Maya Fernandez said on Monday.',
        facts: ['Maya Fernandez HOLDS_ROLE Chile'],
      },
      {
        text: 'NAIROBI, May 2 (AP) - Kenya will send 400 more police officers, Interior Minister Kithure Kindiki said.',
        facts: ['Kithure Kindiki HOLDS_ROLE Kenya'],
      },
    ],
  },
  {
    id: 'visit.visiting',
    description: "a person written as visiting visits where the clause happens, or at a meeting the host's country",
    run: 'visitors',
    types: ['VISITED'],
    examples: [
      {
        text: 'A new rail line was opened in Nairobi by visiting Ethiopian Prime Minister Abiy Ahmed on Monday.',
        facts: ['Abiy Ahmed VISITED Nairobi'],
      },
      {
        text: 'Chile denied the report, but its president Gabriel Boric in a meeting with visiting Peruvian Foreign Minister Javier Gonzalez praised the pact.',
        facts: ['Javier Gonzalez VISITED Chile'],
      },
    ],
  },
  {
    id: 'visit.present',
    description: 'a person said to be in a place is there ("who was in Beijing for a summit")',
    run: 'present-people',
    types: ['VISITED'],
    examples: [
      {
        text: 'Brazilian President Lula, who was in Beijing for a summit, met Chinese President Xi Jinping.',
        facts: ['Lula VISITED Beijing'],
      },
      {
        text: 'Indian Prime Minister Narendra Modi had been in Moscow for two days.',
        facts: ['Narendra Modi VISITED Moscow'],
      },
    ],
  },
  {
    id: 'infer.visit-country',
    description: 'whoever visits a city or site visits the country it lies in, when the article names that country',
    run: 'visited-countries',
    types: ['VISITED'],
    examples: [
      {
        text: 'Chilean President Gabriel Boric arrived in Lima on Monday for talks with Peru.',
        facts: ['Gabriel Boric VISITED Peru'],
      },
      {
        text: 'Kenyan President William Ruto met Ethiopian officials in Addis Ababa, Ethiopia said.',
        facts: ['William Ruto VISITED Ethiopia'],
      },
    ],
  },
  {
    id: 'infer.state-through-forces',
    description:
      "a state's armed forces or ministry acquiring or seeking a system is the state acquiring or seeking it; its armed forces fighting in a conflict involve the state",
    run: 'state-through-forces',
    types: ['ACQUIRED', 'SEEKS', 'INVOLVED_IN'],
    examples: [
      { text: 'Greece’s military bought the Rafale from France.', facts: ['Greece ACQUIRED Rafale'] },
      { text: 'The Indian Air Force received the S-400, India said.', facts: ['India ACQUIRED S-400'] },
      {
        text: 'Kenya said Kenyan troops have fought in the Somali Civil War since 2011.',
        facts: ['Kenya INVOLVED_IN Somali Civil War'],
      },
      {
        text: 'Ugandan forces fought in the Second Congo War, Uganda said.',
        facts: ['Uganda INVOLVED_IN Second Congo War'],
      },
    ],
  },
];
