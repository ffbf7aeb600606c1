import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'principal@example.org' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254)
  email!: string;
  @ApiProperty({ example: 'demo' }) @IsString() @Length(1, 200) password!: string;
}

export class ResetRequestDto {
  @ApiProperty({ example: 'principal@example.org' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254)
  email!: string;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'The token of the link in the invitation or reset email' }) @IsString() @Length(20, 200) token!: string;
  @ApiProperty({ description: 'At least 10 characters' })
  @IsString() @Length(10, 200, { message: 'password must be 10 to 200 characters long' }) password!: string;
}

export type { SignedInPerson as MeResponse } from '@throughline/domain';
