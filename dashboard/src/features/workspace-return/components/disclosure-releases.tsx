import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { Select } from '../../../components/govuk/select';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { DisclosureReleasesDocument, PublishDisclosureReleaseDocument } from '../../../graphql/generated/graphql';
import { monthInWords } from '../../../lib/financial-periods';
import { formatDateTime } from '../../../lib/format';
import type { DisclosureRelease } from '../graphql/types';
import { lastMonthWithRecords, releasableMonths } from '../release-months';
import { ConfirmPublish } from './confirm-publish';
import { DataTable } from '../../../components/data-table';

function ReleasesTable({ releases }: { releases: readonly DisclosureRelease[] }) {
  return (
    <DataTable caption={<>Releases ({releases.length}), newest first</>} headings={['Months up to', 'Published', 'By']} className="app-table--compact app-releases-table">
      {[...releases].reverse().map((release) => (
        <tr key={release.id}>
          <th scope="row">{monthInWords(release.throughMonth)}</th>
          <td>{formatDateTime(release.publishedAt)}</td>
          <td>{release.publishedBy}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function PublishRelease({ coverage, releases, onPublished }: { coverage: DataCoverage; releases: readonly DisclosureRelease[]; onPublished: (message: string) => void }) {
  const months = releasableMonths(coverage, releases);
  const suggested = lastMonthWithRecords(coverage);
  const [chosen, setChosen] = useState<string>();
  const month = chosen && months.includes(chosen) ? chosen : suggested && months.includes(suggested) ? suggested : months[0];
  const [publish, { loading, error }] = useMutation(PublishDisclosureReleaseDocument, { refetchQueries: [DisclosureReleasesDocument], awaitRefetchQueries: true });
  if (!month) {
    return <p className="app-body">Every month that has ended is released. The next month can be released once it has ended.</p>;
  }
  const latest = releases.at(-1)?.throughMonth;
  const from = latest ? `after ${monthInWords(latest)}` : 'from the first month with records';
  return (
    <>
      <Select
        label="Release months up to"
        hint={`Months ${from} up to the one you choose; only months that have ended. The latest month with records is ${suggested ? monthInWords(suggested) : 'not known'}.`}
        options={months.map((m) => ({ value: m, text: monthInWords(m) }))}
        value={month}
        onChange={setChosen}
      />
      <ConfirmPublish
        buttonText="Publish release"
        question={`Release months up to ${monthInWords(month)}?`}
        confirmText={`Yes, release up to ${monthInWords(month)}`}
        busy={loading}
        onConfirm={async () => {
          try {
            const { data } = await publish({ variables: { throughMonth: month } });
            if (data) onPublished(`Months up to ${monthInWords(data.publishDisclosureRelease.throughMonth)} are released to funders and councillors.`);
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      >
        <p className="app-body">
          Funders and councillors will see every month {from} up to {monthInWords(month)} exactly as the records are now. Those months are frozen for them from then on: a later import or correction
          reaches them only in the quarterly return’s borough figures, as a revision. A release cannot be withdrawn.
        </p>
      </ConfirmPublish>
      {error && <ProblemMessage title="The release could not be published" error={error} />}
    </>
  );
}

/** Releases of months to funders and councillors: what they read counts of people from, and publishing the next. */
export function DisclosureReleases({ coverage }: { coverage: DataCoverage }) {
  const { data, loading, error } = useQuery(DisclosureReleasesDocument);
  const [published, setPublished] = useState<string | null>(null);
  const releases = data?.disclosureReleases ?? [];
  const latest = releases.at(-1);
  return (
    <>
      <p className="app-body">
        Funders and councillors do not see live records. They see counts only for months an analyst has released: a release freezes every month up to the one chosen, so what they read of those months
        never changes afterwards and cannot be compared with an earlier version to work out a small number. Months after the latest release are not shown to them at all until you release them. Members
        of the operational group and analysts always see every month, live.
      </p>
      <SavedMessage>{published}</SavedMessage>
      {error ? (
        <ProblemMessage title="The releases could not be loaded" error={error} />
      ) : loading && !data ? (
        <p className="app-body" role="status">
          Loading the releases…
        </p>
      ) : (
        <>
          {!latest ? (
            <p className="app-body">Nothing has been released yet, so funders and councillors see no counts of people.</p>
          ) : (
            <>
              <p className="app-body">
                Funders and councillors see months up to <strong>{monthInWords(latest.throughMonth)}</strong>.
              </p>
              <ReleasesTable releases={releases} />
            </>
          )}
          <h3 className="app-heading-m">Publish a release</h3>
          <PublishRelease coverage={coverage} releases={releases} onPublished={setPublished} />
        </>
      )}
    </>
  );
}
