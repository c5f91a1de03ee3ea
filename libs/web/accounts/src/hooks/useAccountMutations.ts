import { useMutation } from '@apollo/client/react';
import {
  ChangePasswordDocument,
  RequestPasswordResetDocument,
  ResendVerificationEmailDocument,
  ResetPasswordDocument,
  SignInDocument,
  SignUpDocument,
  UpdateProfileDocument,
  VerifyEmailDocument,
} from '@mouvement/web-data-access';

export const useSignUp = () => useMutation(SignUpDocument);
export const useSignIn = () => useMutation(SignInDocument);
export const useVerifyEmail = () => useMutation(VerifyEmailDocument);
export const useResendVerification = () => useMutation(ResendVerificationEmailDocument);
export const useRequestPasswordReset = () => useMutation(RequestPasswordResetDocument);
export const useResetPassword = () => useMutation(ResetPasswordDocument);
export const useChangePassword = () => useMutation(ChangePasswordDocument);
export const useUpdateProfile = () => useMutation(UpdateProfileDocument);
