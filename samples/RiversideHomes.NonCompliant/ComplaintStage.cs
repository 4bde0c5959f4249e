using ComplaintCode;

namespace RiversideHomes.NonCompliant;

[ComplaintStages]
public enum ComplaintStage // CHC0101: four stages; the Code allows two (5.3)
{
    Stage0, // CHC0102: an extra named stage (5.2)
    Stage1,
    Stage2,
    Stage3, // CHC0102: an extra named stage (5.2)
}
