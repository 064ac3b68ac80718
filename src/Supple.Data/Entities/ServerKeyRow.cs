namespace Supple.Data.Entities;

/// <summary>
/// A key the server made for itself (table <c>server_keys</c>), by name, e.g. the Web Push (VAPID) key pair. Every
/// server of a deployment reads the same row, so they all sign as one.
/// </summary>
public sealed class ServerKeyRow
{
    public required string Name { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
