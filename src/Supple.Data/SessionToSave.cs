namespace Supple.Data;

/// <summary>A finished session waiting to be written, with whose it is and its pain scores (already checked).</summary>
internal sealed record SessionToSave(string UserId, CompletedSession Session, int? PainBefore, int? PainAfter);
