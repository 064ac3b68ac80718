namespace Supple.Data.Entities;

/// <summary>
/// A small JSON document a user owns, by name (table <c>user_documents</c>): the saved plan, reminder settings,
/// resumed stretches. Core defines and validates each document's format; the store keeps the text.
/// </summary>
public sealed class UserDocumentRow
{
    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
