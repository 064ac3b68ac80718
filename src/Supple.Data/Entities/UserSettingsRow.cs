namespace Supple.Data.Entities;

/// <summary>One user's settings (table <c>user_settings</c>).</summary>
public sealed class UserSettingsRow
{
    public required string UserId { get; set; }

    public string? TimeZoneId { get; set; }

    public DateTimeOffset? DisclaimerAcceptedAt { get; set; }

    public required string DefaultLevel { get; set; }

    public bool VoiceEnabled { get; set; }

    public bool SoundEnabled { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
