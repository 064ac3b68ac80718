namespace Supple.Web.Push;

/// <summary>What the push service said about one message.</summary>
public enum PushResult
{
    /// <summary>Accepted for delivery.</summary>
    Sent,

    /// <summary>Refused or not reachable now: the subscription stays.</summary>
    Failed,

    /// <summary>The subscription no longer exists (404/410): drop it.</summary>
    Gone,
}
