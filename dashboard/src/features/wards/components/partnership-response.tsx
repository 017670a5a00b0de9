import { useId } from 'react';

/** The partnership's four-pronged approach, from the Community Safety prostitution briefing, in plain English. */
const PRONGS: readonly { title: string; summary: string; actions: readonly string[] }[] = [
  {
    title: 'Tackling demand',
    summary: 'Going after the men who buy sex, not the women who sell it.',
    actions: [
      'Police and council fund targeted kerb-crawler operations together, with warning letters and escalation for men who persist.',
      'The “Thinking about buying sex? Think again!” campaign runs in hot spots and at Brixton Tube.',
    ],
  },
  {
    title: 'Supporting women to exit',
    summary: 'Helping women involved in prostitution to leave it, with treatment, housing and specialist support.',
    actions: [
      'Women arrested for soliciting are drug tested under Inspector’s Authority, so they can be referred into treatment.',
      'Trust runs the court diversion scheme at Camberwell Green Magistrates’ Court, outreach and one-to-one work.',
      'St Mungo’s Chrysalis project offers 31 beds in three steps of supported housing.',
      'The Gaia Centre supports all victims of violence against women and girls; the Lambeth Prostitution Group reviews the women most at risk.',
    ],
  },
  {
    title: 'Prevention',
    summary: 'Spotting abuse earlier and stopping it starting.',
    actions: [
      'Free VAWG training for staff across the partnership.',
      'A young women’s scheme at the Gaia Centre for 13 to 17 year olds, and VAWG education in schools.',
      'Work with services that see those most at risk, such as the leaving care team and the youth offending service.',
    ],
  },
  {
    title: 'Community informed',
    summary: 'Telling residents what the partnership is doing and how to report concerns.',
    actions: [
      'Letters to residents in hot spot areas, articles in council newsletters and press releases.',
      'Work with community groups such as the Josephine Action Group, and briefings for councillors in the wards affected.',
    ],
  },
];

export function PartnershipResponse() {
  const headingId = useId();
  return (
    <section className="app-section app-briefing__keep" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        What the partnership is doing
      </h2>
      <p className="app-body">
        Safer Lambeth takes a four-pronged approach to prostitution, across the police, the council, health, probation,
        the courts and commissioned services.
      </p>
      <ol className="app-prongs">
        {PRONGS.map((prong) => (
          <li key={prong.title} className="app-prongs__item">
            <h3 className="app-heading-m">{prong.title}</h3>
            <p className="app-body">{prong.summary}</p>
            <ul className="app-list app-list--bullet">
              {prong.actions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
