// Creator pages are public like profiles: members see them in the app shell, visitors in the site frame.
export { default } from '../u/layout';
