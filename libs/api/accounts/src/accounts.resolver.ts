import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@mouvement/api-core';
import { GqlThrottlerGuard, Public } from '@mouvement/api-auth';
import { Department, Region, TerritoriesService } from '@mouvement/api-territories';
import { LIMITS } from '@mouvement/shared-domain';
import { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput, UpdateProfileInput } from './account.input';
import { Account, AuthPayload, SignUpPayload } from './account.model';
import { AccountsService } from './accounts.service';
import { EmailArgs, TokenArgs } from './accounts.args';

@Resolver(() => Account)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly territories: TerritoriesService,
  ) {}

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null for an anonymous visitor.' })
  @Public()
  me(@Ctx() ctx: RequestContext): Promise<Account> | null {
    // A token whose session ended is refused (SESSION_REVOKED), so the client signs out, rather than
    // answered as for a visitor.
    return ctx.viewer || ctx.sessionRevoked || ctx.sessionExpired ? this.accounts.me(ctx) : null;
  }

  @Mutation(() => SignUpPayload, {
    description: `Creates an account (password of at least ${LIMITS.passwordMin} characters) and mails its confirmation link, which signs in. The same answer, and no session, whether or not the address already has an account (which gets a mail saying so).`,
  })
  @Public()
  @UseGuards(GqlThrottlerGuard)
  signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput): Promise<SignUpPayload> {
    return this.accounts.signUp(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in with a confirmed address; every failure (unknown address, wrong password, unconfirmed address) gets one generic answer.',
  })
  @Public()
  @UseGuards(GqlThrottlerGuard)
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.accounts.signIn(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description: 'Rotates the refresh cookie and returns a new access token; two tabs refreshing at once both stay signed in.',
  })
  @Public()
  refreshSession(@Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.accounts.refreshSession(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends this session (its refresh-token family): its access tokens stop working at once.' })
  @Public()
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.signOut(ctx);
  }

  @Mutation(() => AuthPayload, { description: 'Confirms the email address with the emailed link and signs in (sets the refresh cookie).' })
  @Public()
  @UseGuards(GqlThrottlerGuard)
  verifyEmail(@Ctx() ctx: RequestContext, @Args() { token }: TokenArgs): Promise<AuthPayload> {
    return this.accounts.verifyEmail(ctx, token);
  }

  @Mutation(() => Boolean, { description: 'Sends the confirmation email again.' })
  @UseGuards(GqlThrottlerGuard)
  resendVerificationEmail(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.resendVerification(ctx);
  }

  @Mutation(() => Boolean, { description: 'Emails a one-hour reset link if the address has an account; always answers true.' })
  @Public()
  @UseGuards(GqlThrottlerGuard)
  requestPasswordReset(@Args() { email }: EmailArgs): Promise<boolean> {
    return this.accounts.requestPasswordReset(email);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with a reset link; ends every session and voids every other link.' })
  @Public()
  @UseGuards(GqlThrottlerGuard)
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.accounts.resetPassword(input);
  }

  @Mutation(() => Boolean, { description: 'Changes the password; every other session ends and outstanding links are void.' })
  @UseGuards(GqlThrottlerGuard)
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.accounts.changePassword(ctx, input);
  }

  @Mutation(() => Account, { description: 'Edits the profile and chooses what of it is public.' })
  updateProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<Account> {
    return this.accounts.updateProfile(ctx, input);
  }

  @ResolveField(() => Region)
  async region(@Parent() account: Account): Promise<Region> {
    return (await this.territories.region(account.regionCode)) as Region;
  }

  @ResolveField(() => Department, { nullable: true })
  department(@Parent() account: Account): Promise<Department | null> | null {
    return account.departmentCode ? this.territories.department(account.departmentCode) : null;
  }
}
