import { useStationQuery } from '../../api/react/use-station-query';
import { FactTable } from '../../components/fact-table';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { EnrolmentForm } from './enrolment-form';
import { enrolmentFacts } from './enrolment-check';

/** Which head office and warehouse this station works for, or the form that enrols it. */
export function HeadOfficeSection() {
  const enrolment = useStationQuery('enrolment.get', {});
  return (
    <SectionCard title="Head office" testId="head-office-settings">
      <QueryView query={enrolment} what="the head-office enrolment">
        {(state) =>
          state.enrolled ? (
            <FactTable facts={enrolmentFacts(state)} caption="This station is enrolled." />
          ) : (
            <EnrolmentForm />
          )
        }
      </QueryView>
    </SectionCard>
  );
}
