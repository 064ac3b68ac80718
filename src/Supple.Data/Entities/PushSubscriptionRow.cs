namespace Supple.Data.Entities;

/// <summary>
/// One browser's Web Push subscription (table <c>push_subscriptions</c>): where to send (the push service's
/// endpoint) and the browser's keys to encrypt for. An endpoint belongs to one browser profile, so it is unique: when
/// another account subscribes the same browser, the row moves to that account.
/// </summary>
public sealed class PushSubscriptionRow
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string Endpoint { get; set; }

    /// <summary>The browser's P-256 public key (base64url).</summary>
    public required string P256dh { get; set; }

    /// <summary>The browser's authentication secret (base64url).</summary>
    public required string Auth { get; set; }

    /// <summary>Send the daily practice reminder here.</summary>
    public bool Daily { get; set; }

    /// <summary>Send desk breaks here.</summary>
    public bool Breaks { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the push service last accepted a message for this subscription.</summary>
    public DateTimeOffset? LastSentAt { get; set; }

    /// <summary>Failed deliveries in a row (the subscription is dropped when the push service says it is gone).</summary>
    public int Failures { get; set; }
}
