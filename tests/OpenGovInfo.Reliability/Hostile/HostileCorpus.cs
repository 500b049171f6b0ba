using System.Globalization;

namespace OpenGovInfo.Reliability.Hostile;

/// <summary>
/// The generated corpus: round-robin over endpoints × the vectors each one takes (so every endpoint gets every
/// vector), payloads and targets drawn from a seeded generator (so the corpus is the same on every run).
/// </summary>
public static class HostileCorpus
{
    /// <summary>Query names tried beside the page's own fields (the portal's filters and paging).</summary>
    public static readonly string[] QueryNames = ["q", "page", "pageSize", "topic", "category", "agency", "year", "scope", "key", "code", "returnUrl", "handler", "sort"];

    /// <summary>Headers a client controls.</summary>
    public static readonly string[] Headers =
        ["User-Agent", "Referer", "Accept-Language", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Cookie", "If-None-Match", "Range", "Accept", "If-Modified-Since"];

    /// <summary>Members of the application body a payload replaces.</summary>
    public static readonly string[] JsonMembers =
        ["agencyId", "description", "deliveryForm", "applicant.kind", "applicant.name", "applicant.idType", "applicant.idNumber", "applicant.phone",
         "applicant.email", "applicant.address", "applicant.creditCode", "applicant.organisationType"];

    /// <summary>Generates <paramref name="count"/> cases over <paramref name="endpoints"/>.</summary>
    public static List<HostileCase> Generate(IReadOnlyList<Endpoint> endpoints, int count, int seed)
    {
        var random = new Random(seed);
        var cases = new List<HostileCase>(count);
        var payloads = Payloads.All;
        var round = 0;
        while (cases.Count < count)
        {
            foreach (var endpoint in endpoints)
            {
                var vectors = Vectors(endpoint);
                var vector = vectors[round % vectors.Count];
                var method = vector is "form" or "json" or "json-shape" or "upload" ? "POST" : endpoint.Methods.Contains("GET") ? "GET" : endpoint.Methods[0];
                var target = vector switch
                {
                    "query" => Pick(random, [.. endpoint.Fields, .. QueryNames]),
                    "path" => Pick(random, endpoint.StringParameters),
                    "header" => Pick(random, Headers),
                    "form" => endpoint.Fields.Count > 0 ? Pick(random, endpoint.Fields) : Pick(random, ["Input.Name", "Form.Title", "action", "Comment"]),
                    "json" => Pick(random, JsonMembers),
                    "json-shape" => random.Next(JsonShapes.Count).ToString(CultureInfo.InvariantCulture),
                    _ => random.Next(HostileFiles.All.Count).ToString(CultureInfo.InvariantCulture),
                };
                cases.Add(new HostileCase(cases.Count, endpoint, method, vector, target, payloads[random.Next(payloads.Count)]));
                if (cases.Count == count)
                {
                    break;
                }
            }

            round++;
        }

        return cases;
    }

    /// <summary>Bodies of the wrong shape (as raw text): nesting, types, truncation, sizes.</summary>
    public static IReadOnlyList<string> JsonShapes { get; } =
    [
        string.Concat(Enumerable.Repeat("[", 10_000)),
        "{\"agencyId\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000) + "}",
        "{\"agencyId\":1e400}", "{\"agencyId\":99999999999999999999999}", "{\"agencyId\":-1}", "{\"agencyId\":\"1\"}", "{\"agencyId\":[]}",
        "{\"agencyId\":true,\"applicant\":\"x\",\"description\":[1,2],\"deliveryForm\":{}}", "null", "[]", "\"x\"", "", "{", "{\"agencyId\":1,",
        "{\"agencyId\":1,\"agencyId\":2}", "\uFEFF{\"agencyId\":1}", "{\"applicant\":{\"kind\":\"natural\",\"name\":null,\"idType\":null}}",
        "[" + string.Join(',', Enumerable.Repeat("{}", 50_000)) + "]", "{\"description\":\"" + new string('公', 200_000) + "\"}",
        "{'agencyId':1}", "{\"__proto__\":{\"admin\":true}}", "NaN",
    ];

    private static List<string> Vectors(Endpoint endpoint)
    {
        var vectors = new List<string> { "query", "header" };
        if (endpoint.StringParameters.Count > 0)
        {
            vectors.Add("path");
        }

        if (endpoint.Methods.Contains("POST"))
        {
            vectors.Add("form");
            vectors.Add("json");
            if (endpoint.Json)
            {
                vectors.Add("json-shape");
            }

            if (endpoint.FileField is not null)
            {
                vectors.Add("upload");
                vectors.Add("upload");
            }
        }

        return vectors;
    }

    private static string Pick(Random random, IReadOnlyList<string> from) => from[random.Next(from.Count)];
}
