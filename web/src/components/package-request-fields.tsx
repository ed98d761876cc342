/** The countries and override reason of a package build, as the Packages and Jobs pages ask them. */
export function PackageRequestFields(props: {
  countries: string;
  onCountries: (v: string) => void;
  override: string;
  onOverride: (v: string) => void;
  /** Only admins may include leads not approved for dissemination. */
  showOverride: boolean;
}) {
  return (
    <>
      <label>
        Countries
        <input
          value={props.countries}
          onChange={(e) => props.onCountries(e.target.value)}
          placeholder="all, or DE,FR"
        />
      </label>
      {props.showOverride && (
        <label className="grow">
          Override reason (optional)
          <input
            value={props.override}
            onChange={(e) => props.onOverride(e.target.value)}
            placeholder="include leads not yet approved, because…"
          />
        </label>
      )}
    </>
  );
}

/** The request body's part for these fields: `all` or a list of codes, and the override if given. */
export function packageRequest(
  countries: string,
  override: string,
): { countries: string[] | 'all'; override?: string } {
  const list =
    countries.trim().toLowerCase() === 'all'
      ? 'all'
      : countries
          .split(',')
          .map((c) => c.trim())
          .filter((c) => c !== '');
  return { countries: list, ...(override.trim() === '' ? {} : { override: override.trim() }) };
}
