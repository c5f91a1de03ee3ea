import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Connection,
  PracticeFileKind,
  PracticeLicence,
  PracticeReaction,
  PracticeStatus,
  SectionKind,
  Theme,
  ViewerDependent,
} from '@mouvement/api-core';
import { Member } from '@mouvement/api-accounts';
import { Organisation } from '@mouvement/api-organisations';
import { Group } from '@mouvement/api-groups';
import { Department, Region } from '@mouvement/api-territories';

@ObjectType({ description: 'A section of a practice sheet, in the initiative sheet’s kinds.' })
export class PracticeSection {
  @Field(() => SectionKind) kind!: SectionKind;
  @Field({ description: 'The heading shown: the sheet’s own for its kinds (in the reader’s language), as written for OTHER.' })
  heading!: string;
  @Field(() => String, { nullable: true, description: 'The heading as written, for OTHER sections.' }) ownHeading!: string | null;
  @Field({ description: 'Markdown, as written.' }) body!: string;
  @Field({ description: 'The body rendered and sanitised.' }) bodyHtml!: string;
}

@ObjectType({ description: 'The content of a practice at one version.' })
export class PracticeVersion {
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [PracticeSection]) sections!: PracticeSection[];
  @Field(() => String, { nullable: true }) editedByName!: string | null;
  @Field(() => Date, { description: 'When this version was written.' }) savedAt!: Date;
}

@ObjectType({ description: 'How many replications a practice has in a region (for the map).' })
export class RegionCount {
  @Field(() => Region) region!: Region;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'An earlier version of a practice, kept when it was edited.' })
export class PracticeRevision {
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Who wrote the edit that replaced this version.' }) replacedByName!: string | null;
  @Field(() => Date, { description: 'When this version was replaced.' }) replacedAt!: Date;
}

@ObjectType({ description: 'A file of a practice: its cover image or an attachment (image or PDF).' })
export class PracticeFile {
  @Field(() => ID) id!: string;
  @Field(() => PracticeFileKind) kind!: PracticeFileKind;
  @Field() name!: string;
  @Field() mimeType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Where to download it: /fichiers/{id}/{name}.' }) url!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A practice that works, shared so that others can replicate it (a commons when published).' })
export class Practice {
  @Field(() => ID) id!: string;
  @Field({ description: 'Unique, used in addresses: /pratiques/{slug}.' }) slug!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'One paragraph, plain text.' }) summary!: string | null;
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => Region, { nullable: true }) region!: Region | null;
  @Field(() => Department, { nullable: true }) department!: Department | null;
  @Field(() => PracticeLicence) licence!: PracticeLicence;
  @Field(() => PracticeStatus) status!: PracticeStatus;
  @Field({ description: 'Hidden by moderation after reports: out of the library, read only by its authors and moderators.' })
  hiddenByModeration!: boolean;
  @Field(() => [PracticeSection], { description: 'In the page’s fixed order.' })
  sections!: PracticeSection[] | PromiseLike<PracticeSection[]>;
  @Field(() => Int, { description: 'Increases with every edit; send it back to update, so that no edit is lost.' }) version!: number;
  @Field(() => Int) usefulCount!: number;
  @Field(() => Int) inspiringCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field(() => Int) replicationCount!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'With a search: an excerpt where the words were found, HTML-escaped, the words in <mark>.',
  })
  snippet!: string | null;
  organisationId!: string | null;
  groupId!: string | null;

  // Relations, attached per request as lazy promises over DataLoaders (see practice.relations.ts).
  @Field(() => Organisation, { nullable: true }) organisation!: PromiseLike<Organisation | null>;
  @Field(() => Group, { nullable: true, description: 'The group it was shared in.' }) group!: PromiseLike<Group | null>;
  @Field(() => [Member]) authors!: PromiseLike<Member[]>;
  @ViewerDependent()
  @Field(() => Boolean, { description: 'Whether the viewer may edit it: its authors only (admins moderate, they do not edit).' })
  viewerCanEdit!: PromiseLike<boolean>;
  @ViewerDependent()
  @Field(() => Boolean, {
    description: 'Whether the viewer may hide or restore it: admins, and the coordinators of the group it was shared in.',
  })
  viewerCanModerate!: PromiseLike<boolean>;
  @Field(() => [PracticeRevision], { description: 'Earlier versions, newest first.' }) revisions!: PromiseLike<PracticeRevision[]>;
  @Field(() => PracticeFile, { nullable: true }) cover!: PromiseLike<PracticeFile | null>;
  @Field(() => [PracticeFile], { description: 'Images and PDFs, five at most, oldest first.' }) attachments!: PromiseLike<PracticeFile[]>;
  @Field(() => [Practice], {
    description: 'Up to four published practices close to this one: shared themes, same territory, similar words in the title.',
  })
  related!: PromiseLike<Practice[]>;
  @ViewerDependent()
  @Field(() => [PracticeReaction], { description: 'The reactions the viewer gave.' })
  viewerReactions!: PromiseLike<PracticeReaction[]>;
  @Field(() => [RegionCount], { description: 'Replications per region, regions without any left out.' })
  replicationMap!: PromiseLike<RegionCount[]>;
}

@ObjectType()
export class PracticeConnection extends Connection(Practice) {}

@ObjectType({ description: 'A draft made from the text of an initiative sheet, and the lines that were not placed.' })
export class CahierImport {
  @Field(() => Practice) practice!: Practice;
  @Field(() => [String], { description: 'Lines left out (the site’s boilerplate).' }) unplaced!: string[];
}
