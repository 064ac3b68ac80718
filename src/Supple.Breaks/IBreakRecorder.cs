namespace Supple.Breaks;

/// <summary>Records a break in the store (through <c>supple</c>'s application layer).</summary>
internal interface IBreakRecorder
{
    /// <summary>Records <paramref name="record"/>; throws when it could not be saved (the loop retries).</summary>
    Task RecordAsync(BreakRecord record, CancellationToken ct);
}
