// The topics of an area, in home-screen order. Pages load lazily so the first load stays small.
import type { ComponentType } from 'preact';
import type { IconName } from '../ui/Icon';

export interface TopicPageProps {
  lang: string;
  area: string;
  topic: string;
}

export interface Topic {
  id: string;
  icon: IconName;
  /** key in the common namespace for the topic's name */
  label: string;
  /** reachable by URL and links, but not a tile on the home grid */
  hidden?: boolean;
  /** about harassment, hate crime, abuse or exploitation: the frame offers the quick exit */
  sensitive?: boolean;
  load: () => Promise<ComponentType<TopicPageProps>>;
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'decision',
    icon: 'mail',
    label: 'topic.decision',
    load: () => import('./decision/DecisionPage').then((m) => m.DecisionPage),
  },
  { id: 'gp', icon: 'health', label: 'topic.gp', load: () => import('./gp/GpPage').then((m) => m.GpPage) },
  { id: 'bins', icon: 'bin', label: 'topic.bins', load: () => import('./bins/BinsPage').then((m) => m.BinsPage) },
  { id: 'esol', icon: 'book', label: 'topic.esol', load: () => import('./esol/EsolPage').then((m) => m.EsolPage) },
  { id: 'schools', icon: 'school', label: 'topic.schools', load: () => import('./schools/SchoolsPage').then((m) => m.SchoolsPage) },
  {
    id: 'migrant-help',
    icon: 'phone',
    label: 'topic.migrantHelp',
    sensitive: true,
    load: () => import('./migrant-help/MigrantHelpPage').then((m) => m.MigrantHelpPage),
  },
  { id: 'money', icon: 'card', label: 'topic.money', load: () => import('./money/MoneyPage').then((m) => m.MoneyPage) },
  { id: 'words', icon: 'info', label: 'topic.words', load: () => import('./words/WordsPage').then((m) => m.WordsPage) },
  {
    id: 'staying-safe',
    icon: 'shield',
    label: 'topic.stayingSafe',
    sensitive: true,
    load: () => import('./staying-safe/StayingSafePage').then((m) => m.StayingSafePage),
  },
  { id: 'mind', icon: 'heart', label: 'topic.mind', load: () => import('./mind/MindPage').then((m) => m.MindPage) },
  { id: 'food', icon: 'basket', label: 'topic.food', load: () => import('./food/FoodPage').then((m) => m.FoodPage) },
  {
    id: 'legal-help',
    icon: 'scales',
    label: 'topic.legalHelp',
    load: () => import('./legal-help/LegalHelpPage').then((m) => m.LegalHelpPage),
  },
  {
    id: 'complaints',
    icon: 'chat',
    label: 'topic.complaints',
    load: () => import('./complaints/ComplaintsPage').then((m) => m.ComplaintsPage),
  },
  {
    id: 'report',
    icon: 'flag',
    label: 'topic.report',
    sensitive: true,
    load: () => import('../report/ReportPage').then((m) => m.loadReportPage()),
  },
  { id: 'search', icon: 'search', label: 'topic.search', load: () => import('../search/SearchPage').then((m) => m.SearchPage) },
  {
    id: 'accessibility',
    icon: 'info',
    label: 'topic.accessibility',
    hidden: true,
    load: () => import('./accessibility/AccessibilityPage').then((m) => m.AccessibilityPage),
  },
  {
    id: 'walkthrough',
    icon: 'checklist',
    label: 'topic.walkthrough',
    load: () => import('../helper-tools/walkthrough/WalkthroughPage').then((m) => m.WalkthroughPage),
  },
  {
    id: 'side-by-side',
    icon: 'columns',
    label: 'topic.sideBySide',
    hidden: true,
    load: () => import('../helper-tools/side-by-side/SideBySidePage').then((m) => m.SideBySidePage),
  },
  {
    id: 'show',
    icon: 'fullscreen',
    label: 'topic.showToPerson',
    hidden: true,
    load: () => import('../helper-tools/show-to-person/ShowToPersonPage').then((m) => m.ShowToPersonPage),
  },
  {
    id: 'leaflet',
    icon: 'print',
    label: 'topic.leaflet',
    hidden: true,
    load: () => import('../helper-tools/leaflet/LeafletPage').then((m) => m.LeafletPage),
  },
];

export function findTopic(id: string | undefined): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}
