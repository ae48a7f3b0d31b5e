import { useApi } from '../use-api.js';
import type { ActorCount } from '../types.js';

/** A <datalist> of the store's most frequent actor codes, for suggestion in actor inputs. */
export function ActorList(props: { id: string }) {
  const { data } = useApi<{ actors: ActorCount[] }>('actors', 'limit=300');
  return (
    <datalist id={props.id}>
      {(data?.actors ?? []).map((a) => (
        <option key={a.code} value={a.code}>{`${a.count} events`}</option>
      ))}
    </datalist>
  );
}
