namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Folds the traditional characters that occur in the national labels and headings to their simplified forms, so a
/// traditional-character mirror of a report (總體情況, 處理決定數量, 結轉下年度繼續辦理) matches the Domain labels.
/// Only characters of the labels are listed: this is label matching, not a general converter.
/// </summary>
internal static class TraditionalFold
{
    private const string Traditional = "業為舉會體關決況減務動區單發號後國處復複對屬廢開強總執護報據無權條構機現獲補規計認議許訟訪訴詢請購費轉過這進問項題額數內審糾納組織經結繼續維繳罰辦穩類確實門們萬與義兩嚴險違負圍範產準應盡參檢測證質營資統實務責";
    private const string Simplified = "业为举会体关决况减务动区单发号后国处复复对属废开强总执护报据无权条构机现获补规计认议许讼访诉询请购费转过这进问项题额数内审纠纳组织经结继续维缴罚办稳类确实门们万与义两严险违负围范产准应尽参检测证质营资统实务责";

    private const char First = '\u4e00';
    private const char Last = '\u9fff';

    /// <summary>A direct table over the CJK unified ideographs: every character of every label passes through here.</summary>
    private static readonly char[] Table = Build();

    /// <summary>The simplified form of a character, or the character itself.</summary>
    public static char Fold(char c) => c is >= First and <= Last ? Table[c - First] : c;

    private static char[] Build()
    {
        var table = new char[Last - First + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)(First + i);
        }

        for (var i = 0; i < Traditional.Length; i++)
        {
            table[Traditional[i] - First] = Simplified[i];
        }

        return table;
    }
}
