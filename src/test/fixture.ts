/** A small, valid dataset for unit tests: two events, three actors, four claims. */
import type { Dataset } from '../domain/schema.ts';

export function fixture(): Dataset {
  return {
    sources: [
      { id: 'blog', title: 'A blog post', publisher: 'A blog', published: '2004-11-29', kind: 'blog' },
      { id: 'cable', title: 'A cable', publisher: 'An embassy', published: '2005-12-02', kind: 'diplomatic-cable' },
    ],
    actors: [
      {
        id: 'police-chief',
        name: 'Moldiar Orazaliev',
        aliases: ['Orazaliyev'],
        stance: 'official',
        role: 'Police chief',
        description: 'Head of the city police.',
      },
      {
        id: 'hut',
        name: 'Hizb ut-Tahrir',
        aliases: ['HuT', 'Hizb-ut-Tahrir'],
        stance: 'militant',
        role: 'Banned Islamist party',
        description: 'A transnational Islamist party.',
      },
      {
        id: 'activist',
        name: 'Sergey Duvanov',
        aliases: [],
        stance: 'opposition',
        kind: 'person',
        role: 'Journalist',
        description: 'Opposition activist.',
      },
    ],
    events: [
      {
        id: 'later-event',
        title: 'Rumoured provocation in Almaty',
        summary: 'A rumoured provocation.',
        date: { start: '2005-12-02', precision: 'day' },
        place: { name: 'Almaty', lat: 43.24, lon: 76.89 },
        tags: ['rumour'],
      },
      {
        id: 'otan-blasts',
        title: 'Blasts at the Otan offices',
        summary: 'Two blasts hit the ruling party offices.',
        date: { start: '2004-11', precision: 'month' },
        place: { name: 'Almaty' },
        tags: ['bombing'],
      },
    ],
    claims: [
      {
        id: 'chief-hooliganism',
        eventId: 'otan-blasts',
        actorId: 'police-chief',
        type: 'characterization',
        summary: 'The police chief called hooliganism the most likely cause.',
        quote: 'the most likely one being hooliganism',
        sourceId: 'blog',
        reportedVia: ['activist'],
      },
      {
        id: 'hut-denies',
        eventId: 'otan-blasts',
        actorId: 'hut',
        type: 'denial',
        summary: 'The group denied any part in Zhanaozen.',
        quote: 'we had nothing to do with it',
        sourceId: 'blog',
        reportedVia: [],
      },
      {
        id: 'duvanov-provocation',
        eventId: 'later-event',
        actorId: 'activist',
        type: 'accusation',
        summary: 'He alleged that the police planned a provocation.',
        quote: 'law enforcement authorities were planning a provocation',
        sourceId: 'cable',
        reportedVia: [],
        said: '2005-12-01',
      },
      {
        id: 'chief-casualties',
        eventId: 'later-event',
        actorId: 'police-chief',
        stance: 'other',
        type: 'casualties',
        summary: 'Nobody was hurt, he said.',
        quote: 'no one was hurt',
        sourceId: 'cable',
        reportedVia: [],
        figures: [{ quantity: 'wounded', value: 0, label: 'people hurt' }],
      },
    ],
    disputes: [
      {
        id: 'otan-cause',
        eventId: 'otan-blasts',
        question: 'Who was behind the blasts?',
        positions: [
          { label: 'Hooligans', claimIds: ['chief-hooliganism'] },
          { label: 'Not the group', claimIds: ['hut-denies'] },
        ],
      },
    ],
  };
}
