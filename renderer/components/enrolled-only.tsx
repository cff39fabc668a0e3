import type { ReactNode } from 'react';
import { useStationQuery } from '../api/react/use-station-query';
import { NotEnrolledNotice } from './not-enrolled-notice';
import { QueryView } from './query-view';

/** Shows its children once the station is enrolled, and where to enrol it before that. */
export function EnrolledOnly({ why, children }: { why: string; children: ReactNode }) {
  const enrolment = useStationQuery('enrolment.get', {});
  return (
    <QueryView query={enrolment} what="the head-office enrolment">
      {(state) => (state.enrolled ? children : <NotEnrolledNotice why={why} />)}
    </QueryView>
  );
}
