/** A form's error, announced as it appears (role="alert"); nothing while there is none. */
export function FormError({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="form__error" role="alert">
      {message}
    </p>
  );
}
