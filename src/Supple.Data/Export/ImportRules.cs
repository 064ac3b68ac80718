namespace Supple.Data;

/// <summary>
/// What an imported history may hold beyond being well formed: the stretch ids it may name (the built-in programme's,
/// and those of any programme file named for the import), and how far ahead of this machine's clock a time may be
/// (another device's clock may run a little fast). Anything else that cannot be true is refused whole.
/// </summary>
/// <param name="StretchIds">The stretch ids a session may name.</param>
/// <param name="ClockSkew">How far in the future a time may be and still count as now.</param>
public sealed record ImportRules(IReadOnlySet<string> StretchIds, TimeSpan ClockSkew)
{
    /// <summary>Five minutes: enough for a phone's clock that runs fast, far too little for a wrong year.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>No time before this is believable (it guards against zero dates and typos).</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Rules that allow the stretches of these programmes (the built-in one and any named for the import).</summary>
    public static ImportRules ForProgrammes(params IEnumerable<Core.Content.Programme> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        return ForStretches(programmes.SelectMany(p => p.Stretches).Select(s => s.Id));
    }

    /// <summary>Rules that allow these stretch ids, with the default clock skew.</summary>
    public static ImportRules ForStretches(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new ImportRules(ids.ToHashSet(StringComparer.Ordinal), DefaultClockSkew);
    }
}
