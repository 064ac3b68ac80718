using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Supple.Bench.Server;

/// <summary>Signs a sample of the seeded users in through the login API and writes their bearer tokens as a Lua table for wrk.</summary>
internal static class TokenSample
{
    public static async Task<int> WriteAsync(Uri server, int users, int sample, string output, int offset = 0)
    {
        sample = Math.Min(sample, users);
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        var tokens = new string[sample];
        // Spread over all users; a few at a time (each sign-in hashes a password on the server).
        await Parallel.ForEachAsync(Enumerable.Range(0, sample), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var user = (int)(((long)i * users / sample + offset) % users);
            using var response = await http.PostAsJsonAsync("/api/v1/account/login", new { email = SyntheticHistory.Email(user), password = SyntheticHistory.Password }, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Sign-in of {SyntheticHistory.Email(user)} failed: {(int)response.StatusCode} {body}");
            }

            using var json = JsonDocument.Parse(body);
            tokens[i] = json.RootElement.GetProperty("accessToken").GetString()!;
        });

        var lua = new StringBuilder("return {\n");
        foreach (var token in tokens)
        {
            lua.Append("  \"").Append(token).Append("\",\n");
        }

        await File.WriteAllTextAsync(output, lua.Append("}\n").ToString());
        return sample;
    }
}
