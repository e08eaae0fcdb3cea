-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'CLAIM_REVOKED';
