import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionShape, type RequestContext } from '@mouvement/api-core';
import { Public } from '@mouvement/api-auth';
import {
  CreatePracticeInput,
  ImportCahierArgs,
  PracticeAuthorArgs,
  PracticeIdArgs,
  PracticesArgs,
  PracticeSlugArgs,
  PracticeVersionArgs,
  UpdatePracticeArgs,
  UpdatePracticeInput,
} from './practice.input';
import { CahierImport, Practice, PracticeConnection, PracticeVersion } from './practice.model';
import { PracticeRelations } from './practice.relations';
import { PracticesService } from './practices.service';
import { CahierImportService } from './cahier-import.service';

@Resolver(() => Practice)
export class PracticesResolver {
  constructor(
    private readonly service: PracticesService,
    private readonly relations: PracticeRelations,
    private readonly imports: CahierImportService,
  ) {}

  @Query(() => PracticeConnection, { description: 'The library of published practices: search, filters, sorts.' })
  @Public()
  async practices(@Ctx() ctx: RequestContext, @Args() args: PracticesArgs): Promise<ConnectionShape<Practice>> {
    const connection = await this.service.list(ctx, args);
    for (const edge of connection.edges) this.relations.attach(edge.node, ctx);
    return connection;
  }

  @Query(() => Practice, {
    nullable: true,
    description: 'Published and archived practices are public; drafts, their authors’ and admins’.',
  })
  @Public()
  async practice(@Ctx() ctx: RequestContext, @Args() { slug }: PracticeSlugArgs): Promise<Practice | null> {
    return this.relations.attach(await this.service.bySlug(ctx, slug), ctx);
  }

  @Query(() => PracticeVersion, { description: 'Any version of a practice, for whoever can read it.' })
  @Public()
  practiceVersion(@Ctx() ctx: RequestContext, @Args() { practiceId, version }: PracticeVersionArgs): Promise<PracticeVersion> {
    return this.service.version(ctx, practiceId, version);
  }

  @Query(() => [Practice], { description: 'The viewer’s practices, drafts included, last edited first.' })
  async myPractices(@Ctx() ctx: RequestContext): Promise<Practice[]> {
    return (await this.service.mine(ctx)).map((p) => this.relations.attach(p, ctx));
  }

  @Mutation(() => Practice, { description: 'Saves a draft; only the title is needed. The writer becomes its first author.' })
  async createPractice(@Ctx() ctx: RequestContext, @Args('input') input: CreatePracticeInput): Promise<Practice> {
    return this.relations.attach(await this.service.create(ctx, input), ctx);
  }

  @Mutation(() => Practice, { description: 'Authors and admins; the previous version is kept.' })
  async updatePractice(
    @Ctx() ctx: RequestContext,
    @Args() { practiceId, version }: UpdatePracticeArgs,
    @Args('input') input: UpdatePracticeInput,
  ): Promise<Practice> {
    return this.relations.attach(await this.service.update(ctx, practiceId, version, input), ctx);
  }

  @Mutation(() => Practice, { description: 'Publishes a draft (it needs a summary, a theme and a region).' })
  async publishPractice(@Ctx() ctx: RequestContext, @Args() { practiceId }: PracticeIdArgs): Promise<Practice> {
    return this.relations.attach(await this.service.publish(ctx, practiceId), ctx);
  }

  @Mutation(() => Practice, { description: 'Takes a practice out of the library; its address keeps working.' })
  async archivePractice(@Ctx() ctx: RequestContext, @Args() { practiceId }: PracticeIdArgs): Promise<Practice> {
    return this.relations.attach(await this.service.archive(ctx, practiceId), ctx);
  }

  @Mutation(() => Practice, { description: 'An author adds another member as co-author.' })
  async addPracticeAuthor(@Ctx() ctx: RequestContext, @Args() { practiceId, memberId }: PracticeAuthorArgs): Promise<Practice> {
    return this.relations.attach(await this.service.addAuthor(ctx, practiceId, memberId), ctx);
  }

  @Mutation(() => Practice, { nullable: true, description: 'Removes a co-author; the last author stays.' })
  async removePracticeAuthor(@Ctx() ctx: RequestContext, @Args() { practiceId, memberId }: PracticeAuthorArgs): Promise<Practice | null> {
    return this.relations.attach(await this.service.removeAuthor(ctx, practiceId, memberId), ctx);
  }

  @Mutation(() => CahierImport, { description: 'Makes a draft from the text of an initiative sheet; lists the lines not placed.' })
  async importCahier(@Ctx() ctx: RequestContext, @Args() { text }: ImportCahierArgs): Promise<CahierImport> {
    const result = await this.imports.importCahier(ctx, text);
    this.relations.attach(result.practice, ctx);
    return result;
  }
}
