import { useStationQuery } from '../../api/react/use-station-query';
import { FactTable } from '../../components/fact-table';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { aboutStationFacts } from './about-station-facts';

export function AboutStation() {
  const info = useStationQuery('station.info', {});
  return (
    <SectionCard title="About this station" testId="about-station">
      <QueryView query={info} what="station details">
        {(data) => <FactTable facts={aboutStationFacts(data)} />}
      </QueryView>
    </SectionCard>
  );
}
