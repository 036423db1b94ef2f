/**
 * A state's civil office written bare is the office of the state the dateline files the report from, unless
 * the title or the article says whose it is.
 */
import { describe, expect, it } from '@jest/globals';
import { extract, facts } from './helpers.js';

const roles = (text: string) => facts(extract(text)).filter((f) => f.includes(' HOLDS_ROLE '));

describe('a bare state office in a datelined report', () => {
  it.each([
    [
      'SANTIAGO, Jan 5 (Reuters) - Chile will buy six patrol vessels, Defence Minister Maya Fernandez said on Monday.',
      'Maya Fernandez HOLDS_ROLE Chile',
    ],
    [
      'NAIROBI, May 2 (AP) - Kenya will send 400 more police officers to Haiti, Interior Minister Kithure Kindiki said.',
      'Kithure Kindiki HOLDS_ROLE Kenya',
    ],
    [
      'CHISINAU, Jan 3 (Reuters) - Moldova declared an energy emergency. Prime Minister Ion Munteanu said reserves were low.',
      'Ion Munteanu HOLDS_ROLE Moldova',
    ],
    [
      'ITAGUAI, Brazil, March 27 (AFP) - The navy launched a new submarine, attended by Finance Minister Ana Torres.',
      'Ana Torres HOLDS_ROLE Brazil',
    ],
  ])('is the office of the dateline’s state: %s', (text, fact) => {
    expect(roles(text)).toContain(fact);
  });

  it('stops its holder from visiting their own capital', () => {
    const found = facts(
      extract(
        'MANILA, April 19 (AP) - The Philippines took delivery of the missiles. Defense Secretary Ramon Cruz signed the papers at a ceremony in Manila.',
      ),
    );
    expect(found).toContain('Ramon Cruz HOLDS_ROLE Philippines');
    expect(found.filter((f) => f.startsWith('Ramon Cruz VISITED'))).toEqual([]);
  });

  it.each([
    // No dateline: nothing says whose office it is.
    'Chile will buy six patrol vessels, Defence Minister Maya Fernandez said on Monday.',
    // Filed from two states.
    'WASHINGTON/TAIPEI, Oct 26 (Reuters) - Taiwan will buy the missiles, President Lin Wei said.',
    // Owned or narrowed by the words around the title.
    'LIMA, May 2 (Reuters) - Peru will host the summit. Its Defence Minister Rosa Vidal spoke on Monday.',
    'BAGHDAD, April 22 (Reuters) - Iraq signed the deal in Erbil, where the envoy met regional President Omar Aziz.',
    'MOGADISHU, Jan 2 (Reuters) - Somalia protested after Somaliland President Ali Warsame signed the deal.',
    // A complement says whose office it is.
    'SEOUL, June 19 (AP) - South Korea protested, said Kim Do-hyun, president of the University of North Korean Studies.',
    // Not a state's civil office.
    'NAIROBI, May 2 (AP) - Kenya will send police, Hezbollah leader Ali Hassan said.',
  ])('is no office of the dateline’s state: %s', (text) => {
    expect(
      roles(text).filter((f) => /HOLDS_ROLE (Chile|Taiwan|United States|Peru|Iraq|Somalia|South Korea|Kenya)$/.test(f)),
    ).toEqual([]);
  });

  it('gives way to the state the article names with the holder', () => {
    const found = roles(
      'BEIJING, June 5 (AP) - Peru and China opened the port. Peruvian Defence Minister Walter Ruiz attended. Defence Minister Walter Ruiz said the port would open in June.',
    );
    expect(found).toContain('Walter Ruiz HOLDS_ROLE Peru');
    expect(found).not.toContain('Walter Ruiz HOLDS_ROLE China');
  });
});
