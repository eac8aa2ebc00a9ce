package io.quizarena.bank;

import java.util.Arrays;
import java.util.Optional;

/** The topics of the official bank; each has one file {@code bank/<id>.json}. */
public enum Topic {
    ARCHITECTURE("architecture", "模型架构", "Architecture"),
    MOE("moe", "混合专家 MoE", "Mixture of experts"),
    MULTIMODAL("multimodal", "多模态", "Multimodal models"),
    DIFFUSION("diffusion", "扩散模型", "Diffusion models"),
    CODE_MODELS("code-models", "代码模型", "Code models"),
    FINE_TUNING("fine-tuning", "微调与 PEFT", "Fine-tuning and PEFT"),
    TRAINING("training", "预训练与训练", "Pretraining and training"),
    INFERENCE("inference", "推理与部署", "Inference and serving"),
    ALIGNMENT("alignment", "对齐与强化学习", "Alignment and RL"),
    AGENTS("agents", "推理、提示与智能体", "Reasoning, prompting and agents"),
    EVALUATION("evaluation", "评测", "Evaluation"),
    RAG("rag", "检索增强生成 RAG", "Retrieval-augmented generation");

    private final String id;
    private final LocalizedText name;

    Topic(String id, String zh, String en) {
        this.id = id;
        this.name = new LocalizedText(zh, en);
    }

    public String id() {
        return id;
    }

    public LocalizedText displayName() {
        return name;
    }

    public static Optional<Topic> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
