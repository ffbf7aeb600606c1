import type { Dictionary } from '../core/i18n';

/** Spanish for the signed-out pages: sign in, forgot and set password. */
export const AUTH_ES: Dictionary = {
  'Sign in to Throughline': 'Iniciar sesión en Throughline',
  'Use the email address the district gave you.': 'Use la dirección de correo electrónico que le dio el distrito.',
  Email: 'Correo electrónico',
  Password: 'Contraseña',
  'Enter your email address.': 'Escriba su correo electrónico.',
  'Enter an email address like {example}.': 'Escriba un correo electrónico como {example}.',
  'Enter your password.': 'Escriba su contraseña.',
  'Signing in…': 'Iniciando sesión…',
  'Sign in': 'Iniciar sesión',
  'Forgot your password?': '¿Olvidó su contraseña?',
  or: 'o',
  'Sign in with {provider}': 'Iniciar sesión con {provider}',
  'If an account exists, we sent a link. Check the inbox of {email} and follow the link to set a new password.':
    'Si la cuenta existe, enviamos un enlace. Revise la bandeja de entrada de {email} y siga el enlace para elegir una contraseña nueva.',
  'Enter your email address and we will send you a link to set a new password.':
    'Escriba su correo electrónico y le enviaremos un enlace para elegir una contraseña nueva.',
  'Sending…': 'Enviando…',
  'Send the link': 'Enviar el enlace',
  'Back to sign in': 'Volver a iniciar sesión',
  'Set your password': 'Elija su contraseña',
  'Your password is set. Sign in with it from now on.': 'Su contraseña quedó guardada. Úsela para iniciar sesión de ahora en adelante.',
  'This link is incomplete. Open the link from your email again, or ask for a new one.':
    'Este enlace está incompleto. Vuelva a abrir el enlace de su correo o pida uno nuevo.',
  'Ask for a new link': 'Pedir un enlace nuevo',
  'Choose a password of at least {n} characters. A few unrelated words are easy to remember and hard to guess.':
    'Elija una contraseña de al menos {n} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.',
  'New password': 'Contraseña nueva',
  'At least {n} characters': 'Al menos {n} caracteres',
  'Enter a new password.': 'Escriba una contraseña nueva.',
  'Use at least {n} characters.': 'Use al menos {n} caracteres.',
  'New password again': 'Repita la contraseña nueva',
  'Enter the new password again.': 'Escriba otra vez la contraseña nueva.',
  'The two passwords are not the same.': 'Las dos contraseñas no coinciden.',
  'Saving…': 'Guardando…',
  'Set password': 'Guardar la contraseña',
  'Something went wrong. Try again.': 'Algo salió mal. Inténtelo de nuevo.',
  'The server did not answer. Check your connection and try again.': 'El servidor no respondió. Revise su conexión e inténtelo de nuevo.',
  'The server answered {status}. Try again in a moment.': 'El servidor respondió {status}. Inténtelo de nuevo en un momento.',
  'Too many attempts: try again in {n} min.': 'Demasiados intentos: inténtelo de nuevo en {n} min.',
  'Too many attempts: try again later.': 'Demasiados intentos: inténtelo de nuevo más tarde.',
};
