// The small promotion timeline on the guide's timeline page: the four inputs, the plan and its chart, and a link to
// the full tool. Its own island, so scrolling to it loads only this (no "Climb or stay", share or log code). It
// shares the reader's stored level and hours with the full tool through the same state hook and stores.
import { useEffect } from 'preact/hooks';
import { StorageNote } from '../../ui/StorageNote';
import type { StepData } from '../../lib/timeline/timeline';
import { timelineAddressCodec } from '../../lib/timeline/form';
import { PlanSection, SpeedUpLinks } from './PlanView';
import { TimelineInputs } from './TimelineInputs';
import { useTimeline, type TimelineLevel } from './use-timeline';
import './timeline.css';

interface Props {
  levels: TimelineLevel[];
  steps: StepData[];
  /** Address of the full tool, linked with the values shown here. */
  fullToolPath: string;
}

const id = 'timeline-compact';

export default function CompactTimeline({ levels, steps, fullToolPath }: Props) {
  const timeline = useTimeline(levels, steps);
  const { form, reading, plan, roleOf } = timeline;
  // The guide's address stays clean: values come from this browser's profile, not the link.
  useEffect(() => timeline.open(null), []);
  return (
    <div class="timeline-tool timeline-tool--compact">
      <TimelineInputs id={id} timeline={timeline} />
      <StorageNote />
      <PlanSection id={id} timeline={timeline} />
      <p>
        <a href={`${fullToolPath}${timelineAddressCodec(levels.length).write(form)}`}>Open the full calculator</a>
      </p>
      {plan && !reading.errors.target && <SpeedUpLinks plan={plan} roleOf={roleOf} heading="h3" />}
    </div>
  );
}
