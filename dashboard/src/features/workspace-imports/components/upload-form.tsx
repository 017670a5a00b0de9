import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { Select } from '../../../components/govuk/select';
import type { DatasetCoverage } from '../../../graphql/data-coverage';
import { useUpload } from '../hooks/use-upload';
import { ImportReport } from './import-report';
import { describeSize, UploadProgress } from './upload-progress';

/** Choose the dataset and the file, check it (a dry run), then import it; the report and progress below. */
export function UploadForm({ datasets, token }: { datasets: readonly DatasetCoverage[]; token: string }) {
  const id = useId();
  const [dataset, setDataset] = useState(datasets[0]?.dataset ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { upload, send, stop, clear } = useUpload(token);
  const label = datasets.find((d) => d.dataset === dataset)?.label ?? dataset;
  const running = upload.state === 'running';
  // A check answers for one file, dataset and choice: change any of them and the file must be checked again.
  const checked = upload.state === 'done' && upload.dryRun && upload.report.status === 'checked' && upload.choice.file === file && upload.choice.dataset === dataset && upload.choice.skipInvalid === skipInvalid;
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (upload.state === 'done' || upload.state === 'failed') result.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [upload.state]);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setMissingFile(false);
    clear();
  };
  const start = (dryRun: boolean) => {
    if (!file) {
      setMissingFile(true);
      input.current?.focus();
      return;
    }
    void send({ dataset, file, skipInvalid }, dryRun);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  return (
    <>
      <Select
        label="Dataset"
        hint="The partner’s file must follow this dataset’s columns in the import contract."
        options={datasets.map((d) => ({ value: d.dataset, text: d.label }))}
        value={dataset}
        disabled={running}
        onChange={(value) => {
          setDataset(value);
          clear();
        }}
      />
      <div
        className={`app-form-group app-drop-zone${dragging ? ' app-drop-zone--dragging' : ''}${missingFile ? ' app-form-group--error' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="app-label" htmlFor={`${id}-file`}>
          CSV file
        </label>
        <p className="app-hint" id={`${id}-file-hint`}>
          UTF-8 CSV with a header row, as saved by a spreadsheet’s “CSV UTF-8”. Choose the file, or drop it here.
        </p>
        {missingFile && (
          <p className="app-field-error" id={`${id}-file-error`}>
            <span className="app-visually-hidden">Error: </span>Choose a CSV file to check
          </p>
        )}
        <input
          ref={input}
          id={`${id}-file`}
          className="app-file-input"
          type="file"
          accept=".csv,text/csv"
          disabled={running}
          aria-describedby={`${id}-file-hint${missingFile ? ` ${id}-file-error` : ''}`}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        {file && (
          <p className="app-body app-drop-zone__chosen">
            Chosen: <strong>{file.name}</strong> ({describeSize(file.size)})
          </p>
        )}
      </div>
      <div className="app-form-group">
        <div className="app-choices__item">
          <input
            className="app-choices__input"
            id={`${id}-skip`}
            type="checkbox"
            checked={skipInvalid}
            disabled={running}
            aria-describedby={`${id}-skip-hint`}
            onChange={(event) => {
              setSkipInvalid(event.target.checked);
              clear();
            }}
          />
          <label className="app-choices__label" htmlFor={`${id}-skip`}>
            Import the valid rows and set the invalid ones aside
          </label>
          <p className="app-hint app-choices__hint" id={`${id}-skip-hint`}>
            Without this, one invalid row means nothing from the file is stored. With it, the invalid rows come back as a file to correct and send again.
          </p>
        </div>
      </div>
      <div className="app-button-group">
        <button type="button" className="app-button" disabled={running} onClick={() => start(true)}>
          Check the file
        </button>
        {checked && (
          <button type="button" className="app-button" onClick={() => start(false)}>
            Import
          </button>
        )}
        {running && (
          <button type="button" className="app-button app-button--secondary" onClick={stop}>
            Stop
          </button>
        )}
      </div>
      {running && <UploadProgress progress={upload.progress} dryRun={upload.dryRun} />}
      <div ref={result}>
        {upload.state === 'failed' && (
          <div className="app-error-message" role="alert">
            <p className="app-error-message__title" tabIndex={-1}>
              {upload.dryRun ? 'The file could not be checked' : 'The file could not be imported'}
            </p>
            <p>{upload.problem}</p>
          </div>
        )}
        {upload.state === 'done' && <ImportReport report={upload.report} label={label} fileName={upload.choice.file.name} />}
      </div>
    </>
  );
}
