using System.Threading.Channels;

namespace Supple.Breaks;

/// <summary>Reads key presses on a background thread into a channel, so the break loop can wait for a key or a time.</summary>
internal static class ConsoleKeys
{
    public static ChannelReader<char> Start()
    {
        var channel = Channel.CreateUnbounded<char>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var thread = new Thread(() =>
        {
            try
            {
                while (true)
                {
                    var key = Console.ReadKey(intercept: true);
                    channel.Writer.TryWrite(key.Key == ConsoleKey.Enter ? '\r' : key.KeyChar);
                }
            }
            catch (InvalidOperationException)
            {
                channel.Writer.TryComplete();
            }
        })
        {
            IsBackground = true,
            Name = "supple-keys",
        };
        thread.Start();
        return channel.Reader;
    }
}
