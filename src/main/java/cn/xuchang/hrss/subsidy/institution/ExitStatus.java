package cn.xuchang.hrss.subsidy.institution;

/** Where an exit procedure stands; set by its process as it moves. */
public enum ExitStatus {
    INVESTIGATION("调查中", true),
    RECTIFYING("限期整改中", true),
    FOLLOW_UP("整改复查中", true),
    PASSED("合格", false),
    WARNED("已警告", false),
    RECTIFIED("整改到位", false),
    EXITED("已退出目录", false);

    private final String label;
    private final boolean open;

    ExitStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** The procedure is still running: no second one is started for the institution meanwhile. */
    public boolean isOpen() {
        return open;
    }
}
