import {useEffect, useState} from 'react';

/** The time now, updated once a second: only the component that shows a clock re-renders. */
export function useNow(): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, []);
	return now;
}
