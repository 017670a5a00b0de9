import { RagTag } from '../../../components/indicators/rag-tag';

/** How to read the status and icons: the rule behind each word, in the API's terms. */
export function TargetsKey() {
  return (
    <div className="app-key">
      <h3 className="app-heading-s">How to read the table</h3>
      <dl className="app-key__list">
        <div>
          <dt>
            <RagTag rag="GREEN" />
          </dt>
          <dd>on or ahead of the target for the year so far</dd>
        </div>
        <div>
          <dt>
            <RagTag rag="AMBER" />
          </dt>
          <dd>behind, but by no more than the tolerance (usually 10%), or behind but better than the same period last year</dd>
        </div>
        <div>
          <dt>
            <RagTag rag="RED" />
          </dt>
          <dd>behind by more than the tolerance and no better than last year</dd>
        </div>
        <div>
          <dt>
            <RagTag rag="NONE" />
          </dt>
          <dd>activity only: the measure is counted but has no target</dd>
        </div>
      </dl>
      <p className="app-body">
        Variation and assurance icons follow the NHS “Making Data Count” approach. Variation: H or L in blue is an unusual
        improvement, in orange an unusual concern, in purple unusually high or low where neither is better; grey means nothing
        unusual. Assurance: P the target will be met each month, F it will not be met without a change, ? it will be hit and miss.
      </p>
    </div>
  );
}
