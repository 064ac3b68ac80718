using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Supple.Core.Content;

/// <summary>
/// A first pass over the YAML event stream, before any tree is built. The parser is not recursive, so this
/// pass can safely refuse what would hurt the tree builder or the validator: syntax errors, nesting deeper
/// than <see cref="ProgrammeLoader.MaxDepth"/>, anchors and aliases (which can multiply a small file into a
/// huge one), repeated field names, and more than one document.
/// </summary>
internal static class YamlPreflight
{
    /// <summary>Checks <paramref name="yaml"/>; returns the problems found (empty when the tree may be built).</summary>
    public static List<ProgrammeError> Check(string yaml, string file)
    {
        var errors = new List<ProgrammeError>();
        var stack = new Stack<Frame>();
        var documents = 0;
        var lastMark = Mark.Empty;

        void Add(Mark at, string field, string message) =>
            errors.Add(new ProgrammeError(file, ToInt(at.Line), ToInt(at.Column), field, message));

        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastMark = current.Start;
                switch (current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents == 2)
                        {
                            Add(start.Start, "(file)",
                                ProgrammeCheckText.Format(ProgrammeCheckText.MoreThanOneDocument, ("separator", "---")));
                            return errors;
                        }

                        break;
                    case AnchorAlias alias:
                        Add(alias.Start, NodePath(stack, null),
                            ProgrammeCheckText.Format(ProgrammeCheckText.Alias, ("alias", alias.Value.ToString())));
                        return errors;
                    case NodeEvent node:
                        var path = NodePath(stack, node as Scalar);
                        if (!node.Anchor.IsEmpty)
                        {
                            Add(node.Start, path,
                                ProgrammeCheckText.Format(ProgrammeCheckText.Anchor, ("anchor", node.Anchor.ToString())));
                            return errors;
                        }

                        if (node is Scalar key && stack.TryPeek(out var owner) && owner.IsMapping && owner.LastWasKey
                            && !owner.Keys.Add(key.Value))
                        {
                            Add(key.Start, Join(owner.Path, key.Value),
                                ProgrammeCheckText.Format(ProgrammeCheckText.FieldTwice, ("field", key.Value)));
                        }

                        if (node is MappingStart or SequenceStart)
                        {
                            if (stack.Count >= ProgrammeLoader.MaxDepth)
                            {
                                Add(node.Start, path,
                                    ProgrammeCheckText.Format(ProgrammeCheckText.TooDeep, ("max", ProgrammeLoader.MaxDepth), ("needed", 6)));
                                return errors;
                            }

                            stack.Push(new Frame(path, node is MappingStart));
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            Add(ex.Start.Line > 0 ? ex.Start : lastMark, CurrentPath(stack),
                ProgrammeCheckText.Format(ProgrammeCheckText.NotYaml, ("reason", Lower(ex.Message))));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this (without a position) for a few malformed inputs, e.g. an unclosed '['.
            Add(lastMark, CurrentPath(stack),
                ProgrammeCheckText.Format(ProgrammeCheckText.NotClosed, ("bracket", "["), ("brace", "{")));
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet's parser throws this (without a position) for a few malformed tags, e.g. "!!seq" glued to "[".
            Add(lastMark, CurrentPath(stack),
                ProgrammeCheckText.Format(ProgrammeCheckText.NoTags, ("reason", Lower(ex.Message.Split(" (Parameter", 2)[0])), ("tag", "!")));
        }

        return errors;
    }

    internal static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    internal static string Join(string path, string key)
    {
        // A field with no name (a line starting with ':') still needs a path a person can read.
        var name = string.IsNullOrWhiteSpace(key) ? "(field without a name)" : key;
        return path == ProgrammeFileReader.RootPath ? name : $"{path}.{name}";
    }

    private static string Lower(string message) =>
        message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;

    /// <summary>The path of the node just read, and advances the owning frame past it.</summary>
    private static string NodePath(Stack<Frame> stack, Scalar? scalar)
    {
        if (!stack.TryPeek(out var owner))
        {
            return ProgrammeFileReader.RootPath;
        }

        if (owner.IsMapping)
        {
            if (owner.LastWasKey)
            {
                owner.LastWasKey = false;
                return Join(owner.Path, owner.Key ?? "?");
            }

            owner.LastWasKey = true;
            owner.Key = scalar?.Value;
            return owner.Path;
        }

        owner.Index++;
        return $"{owner.Path}[{owner.Index}]";
    }

    private static string CurrentPath(Stack<Frame> stack)
    {
        if (!stack.TryPeek(out var owner))
        {
            return ProgrammeFileReader.RootPath;
        }

        if (owner.IsMapping)
        {
            return owner.Key is null ? owner.Path : Join(owner.Path, owner.Key);
        }

        return owner.Index >= 0 ? $"{owner.Path}[{owner.Index}]" : owner.Path;
    }

    private sealed class Frame(string path, bool isMapping)
    {
        public string Path { get; } = path;

        public bool IsMapping { get; } = isMapping;

        /// <summary>In a mapping: the last scalar read was a key (so the next node is its value).</summary>
        public bool LastWasKey { get; set; }

        public string? Key { get; set; }

        public int Index { get; set; } = -1;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
