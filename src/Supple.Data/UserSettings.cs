using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>One person's settings.</summary>
/// <param name="TimeZoneId">IANA time zone used to count days (null = the machine's zone).</param>
/// <param name="DisclaimerAcceptedAt">When the medical disclaimer was accepted; null = not yet.</param>
/// <param name="DefaultLevel">Dosage level used when none is given.</param>
/// <param name="VoiceEnabled">Spoken cues on by default.</param>
/// <param name="SoundEnabled">Sound cues on by default.</param>
public sealed record UserSettings(
    string? TimeZoneId,
    DateTimeOffset? DisclaimerAcceptedAt,
    DosageLevel DefaultLevel,
    bool VoiceEnabled,
    bool SoundEnabled)
{
    /// <summary>Settings of someone who has set nothing yet.</summary>
    public static UserSettings Default { get; } = new(null, null, DosageLevel.Standard, VoiceEnabled: false, SoundEnabled: true);

    /// <summary>The time zone to count days in: <see cref="TimeZoneId"/> when known, else <paramref name="fallback"/> (the machine's).</summary>
    public TimeZoneInfo ResolveTimeZone(TimeZoneInfo? fallback = null) =>
        Core.History.LocalDay.ZoneOrDefault(TimeZoneId, fallback ?? TimeZoneInfo.Local);
}
