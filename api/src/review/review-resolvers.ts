import { AnnotationsResolver } from '../annotations/annotations.resolver';
import { EmergingIssuesResolver } from '../issues/emerging-issues.resolver';
import { SignalsResolver } from '../issues/signals.resolver';
import { SpcResolver } from '../spc/spc.resolver';
import { TargetsResolver } from '../targets/targets.resolver';

/** The quarterly review's queries and mutations: targets, SPC, annotations, emerging issues and signals. */
export const REVIEW_RESOLVERS = [TargetsResolver, SpcResolver, AnnotationsResolver, EmergingIssuesResolver, SignalsResolver] as const;
