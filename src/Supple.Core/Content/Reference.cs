namespace Supple.Core.Content;

/// <summary>A numbered source.</summary>
/// <param name="Number">The number the text cites it by.</param>
/// <param name="Title">A short description of the source.</param>
/// <param name="Url">Its address.</param>
public sealed record Reference(int Number, string Title, Uri Url);
